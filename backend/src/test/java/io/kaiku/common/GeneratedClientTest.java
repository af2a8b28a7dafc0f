package io.kaiku.common;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.kaiku.client.ApiClient;
import io.kaiku.client.ApiException;
import io.kaiku.client.api.AuthApi;
import io.kaiku.client.api.CustomersApi;
import io.kaiku.client.api.TicketsApi;
import io.kaiku.client.model.Channel;
import io.kaiku.client.model.CreateCustomerRequest;
import io.kaiku.client.model.CreateMessageRequest;
import io.kaiku.client.model.CreateTicketRequest;
import io.kaiku.client.model.CustomerView;
import io.kaiku.client.model.LoginRequest;
import io.kaiku.client.model.MessageKind;
import io.kaiku.client.model.MessageView;
import io.kaiku.client.model.PostalAddress;
import io.kaiku.client.model.Problem;
import io.kaiku.client.model.TicketPage;
import io.kaiku.client.model.TicketStatus;
import io.kaiku.client.model.TicketSummary;
import io.kaiku.client.model.TicketView;
import io.kaiku.client.model.UpdateTicketRequest;
import io.kaiku.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract as an integrator uses it: a Java client generated from openapi.yaml by OpenAPI
 * Generator (library native, Jackson) during the build, driving the running application through a
 * whole flow. It fails to compile when the contract loses an operation or a field the flow uses.
 */
@QuarkusTest
class GeneratedClientTest {

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient()
                .setScheme("http")
                .setHost("localhost")
                .setPort(RestAssured.port)
                .setBasePath("");
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    @Test
    void aToolWorksATicketThroughTheGeneratedClient() throws Exception {
        String token = new AuthApi(client(null))
                .login(new LoginRequest().email(Api.ADMIN_EMAIL).password(Api.ADMIN_PASSWORD))
                .getAccessToken();
        ApiClient client = client(token);
        CustomersApi customers = new CustomersApi(client);
        TicketsApi tickets = new TicketsApi(client);

        String name = Api.unique("Aino Virtanen");
        CustomerView customer = customers.createCustomer(new CreateCustomerRequest()
                .name(name)
                .email(name.toLowerCase().replace(' ', '.') + "@example.com")
                .address(new PostalAddress().city("Tampere").country("FI")));
        assertEquals("Tampere", customer.getAddress().getCity());

        TicketView first = tickets.openTicket(new CreateTicketRequest()
                .subject("Invoice charged twice")
                .channel(Channel.PHONE)
                .customerId(customer.getId()));
        TicketView second = tickets.openTicket(new CreateTicketRequest()
                .subject("Card payment failed")
                .channel(Channel.EMAIL)
                .customerId(customer.getId()));
        assertEquals(TicketStatus.NEW, first.getStatus());

        // The PATCH that crashed a generated client while the contract put an enum copy beside $ref.
        TicketView pending = tickets.updateTicket(
                first.getId(),
                new UpdateTicketRequest().status(TicketStatus.PENDING),
                "\"" + first.getVersion() + "\"");
        assertEquals(TicketStatus.PENDING, pending.getStatus());
        assertEquals(first.getVersion() + 1, pending.getVersion());

        MessageView reply = tickets.addMessage(
                first.getId(),
                new CreateMessageRequest()
                        .kind(MessageKind.REPLY)
                        .body("<p>We refunded the second payment.</p>")
                        .status(TicketStatus.SOLVED));
        assertEquals("We refunded the second payment.", reply.getBodyText().strip());
        assertEquals(TicketStatus.SOLVED, tickets.getTicket(first.getId()).getStatus());

        Set<Long> seen = new HashSet<>();
        TicketPage page = tickets.listTickets(
                null, null, null, null, null, customer.getId(), 1, null, null, null, null, null, null, null, null);
        assertEquals(1, page.getItems().size());
        assertNotNull(page.getNextCursor(), "two tickets, one per page: a cursor to the second");
        page.getItems().stream().map(TicketSummary::getId).forEach(seen::add);
        page = tickets.listTickets(
                null,
                null,
                null,
                null,
                page.getNextCursor(),
                customer.getId(),
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        page.getItems().stream().map(TicketSummary::getId).forEach(seen::add);
        assertNull(page.getNextCursor());
        assertEquals(Set.of(first.getId(), second.getId()), seen);
    }

    @Test
    void badInputComesBackAsAProblemTheClientCanRead() throws Exception {
        ApiClient client = client(Api.admin());
        ApiException refused = assertThrows(
                ApiException.class,
                () -> new CustomersApi(client).createCustomer(new CreateCustomerRequest().name(" ")));
        assertEquals(400, refused.getCode());
        assertTrue(refused.getResponseHeaders()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json"));
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals("validation.failed", problem.getCode());
        assertEquals(400, problem.getStatus());
        assertEquals(
                List.of("name"),
                problem.getErrors().stream().map(e -> e.getField()).toList());
    }
}
