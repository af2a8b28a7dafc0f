package io.kaiku.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiku.testing.StaleEdits;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.anonymous;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.malformed;
import static io.kaiku.testing.Api.portalCustomer;
import static io.kaiku.testing.Api.staff;
import static io.kaiku.testing.Api.ticket;
import static io.kaiku.testing.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CustomerResourceTest {

    @Test
    void createFindAndUpdate() {
        var agent = staff("agent");
        String name = unique("Aino Virtanen");
        String email = name.replace(' ', '.').toLowerCase() + "@example.fi";
        Number organizationId = as(agent.token())
                .body(Map.of("name", unique("Oy Esimerkki"), "domains", List.of("Example.FI")))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .body("domains", contains("example.fi"))
                .extract()
                .path("id");
        Number id = as(agent.token())
                .body(Map.of(
                        "name",
                        name,
                        "email",
                        email,
                        "phone",
                        "+358 (40) 765-4321",
                        "address",
                        Map.of(
                                "street",
                                "Mannerheimintie 1",
                                "postalCode",
                                "00100",
                                "city",
                                "Helsinki",
                                "country",
                                "FI"),
                        "organizationId",
                        organizationId,
                        "language",
                        "fi"))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .body("organization.id", is(organizationId.intValue()))
                .body("address.city", is("Helsinki"))
                .body("hasPortalAccess", is(false))
                .extract()
                .path("id");

        as(agent.token())
                .queryParam("q", name.substring(0, 12))
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id.intValue()));
        as(agent.token())
                .queryParam("q", email.toUpperCase())
                .get("/api/v1/customers")
                .then()
                .body("items.id", contains(id.intValue()));
        as(agent.token())
                .queryParam("q", "7654321")
                .get("/api/v1/customers")
                .then()
                .body("items.id", hasItem(id.intValue()));
        as(agent.token())
                .queryParam("organizationId", organizationId)
                .get("/api/v1/customers")
                .then()
                .body("items.id", contains(id.intValue()));

        Map<String, Object> patch = new HashMap<>();
        patch.put("phone", null);
        patch.put("notes", "Prefers email");
        as(agent.token())
                .header("If-Match", "\"0\"")
                .body(patch)
                .patch("/api/v1/customers/{id}", id)
                .then()
                .statusCode(200)
                .body("phone", nullValue())
                .body("notes", is("Prefers email"))
                .body("email", is(email))
                .body("version", is(1));
        as(agent.token())
                .header("If-Match", "\"0\"")
                .body(Map.of("notes", "stale"))
                .patch("/api/v1/customers/{id}", id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void emailIsUniqueIgnoringCase() {
        String email = unique("dup") + "@example.com";
        as(admin())
                .body(Map.of("name", "A", "email", email))
                .post("/api/v1/customers")
                .then()
                .statusCode(201);
        as(admin())
                .body(Map.of("name", "B", "email", email.toUpperCase()))
                .post("/api/v1/customers")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", is("customer.email-taken"));
    }

    @Test
    void invalidInputNamesTheFields() {
        malformed(admin())
                .body(Map.of("name", "", "email", "not-an-email", "address", Map.of("country", "Finland")))
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("address.country"));
        as(admin())
                .body(Map.of("name", "X", "organizationId", 987654321))
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("organizationId"));
    }

    @Test
    void pagingVisitsEveryCustomerOnce() {
        String prefix = unique("Pager");
        for (int i = 0; i < 7; i++) {
            as(admin())
                    .body(Map.of("name", prefix + " " + i))
                    .post("/api/v1/customers")
                    .then()
                    .statusCode(201);
        }
        List<Integer> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = as(admin()).queryParam("q", prefix).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/customers").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(7, seen.size());
        org.junit.jupiter.api.Assertions.assertEquals(7, new java.util.HashSet<>(seen).size());
    }

    @Test
    void customerWithTicketsCannotBeDeleted() {
        var manager = staff("manager");
        Number id = as(manager.token())
                .body(Map.of("name", unique("Keep")))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ticket(manager.token(), id.longValue());
        as(manager.token())
                .delete("/api/v1/customers/{id}", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        Number spare = as(manager.token())
                .body(Map.of("name", unique("Gone")))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(staff("agent").token())
                .delete("/api/v1/customers/{id}", spare)
                .then()
                .statusCode(403);
        as(manager.token()).delete("/api/v1/customers/{id}", spare).then().statusCode(204);
        as(manager.token())
                .get("/api/v1/customers/{id}", spare)
                .then()
                .statusCode(404)
                .body("code", is("customer.not-found"));
    }

    @Test
    void customersAreForStaffOnly() {
        var customer = portalCustomer();
        anonymous().get("/api/v1/customers").then().statusCode(401);
        as(customer.token()).get("/api/v1/customers").then().statusCode(403);
        as(customer.token())
                .get("/api/v1/customers/{id}", customer.customerId())
                .then()
                .statusCode(403);
        as(customer.token()).get("/api/v1/organizations").then().statusCode(403);
        as(customer.token())
                .get("/api/v1/customers/{id}/compensations", customer.customerId())
                .then()
                .statusCode(403);
        as(admin())
                .get("/api/v1/customers/{id}", customer.customerId())
                .then()
                .body("hasPortalAccess", is(true))
                .body("createdAt", notNullValue());
    }

    @Test
    void organizationsCanBeRenamedAndDeleted() {
        var manager = staff("manager");
        Number id = as(manager.token())
                .body(Map.of("name", unique("Org")))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Number customerId = as(manager.token())
                .body(Map.of("name", unique("Member"), "organizationId", id))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String renamed = unique("Renamed");
        as(manager.token())
                .body(Map.of("name", renamed))
                .patch("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(200)
                .body("name", is(renamed));
        as(manager.token()).delete("/api/v1/organizations/{id}", id).then().statusCode(204);
        as(manager.token())
                .get("/api/v1/customers/{id}", customerId)
                .then()
                .statusCode(200)
                .body("organization", nullValue());
    }

    @Test
    void staleEditsOfAnOrganizationAreRefused() {
        var manager = staff("manager");
        Number id = as(manager.token())
                .body(Map.of("name", unique("Versioned Oy")))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .body("version", is(0))
                .extract()
                .path("id");
        StaleEdits.areRefused(
                manager.token(),
                "/api/v1/organizations/{id}",
                id,
                "organization",
                Map.of("notes", "Key account"),
                Map.of("notes", "Lost update"),
                "notes",
                "Key account");
    }
}
