package io.kaiku.identity;

import java.util.List;
import java.util.Map;

import io.kaiku.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.anonymous;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-out, revocation of old tokens, and the sessions a user sees and ends. */
@QuarkusTest
class SessionResourceTest {

    @Test
    void signingOutNeedsNoBodyAndNoContentType() {
        var agent = staff("agent");
        String ending = freshLogin(agent);
        String keeping = freshLogin(agent);
        given().header("Authorization", "Bearer " + keeping)
                .post("/api/v1/auth/sessions/end-others")
                .then()
                .statusCode(204);
        as(ending).get("/api/v1/auth/me").then().statusCode(401);
        given().header("Authorization", "Bearer " + keeping)
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        as(keeping).get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void logoutEndsTheTokenAtOnce() {
        var agent = staff("agent");
        String token = freshLogin(agent);
        as(token).get("/api/v1/auth/me").then().statusCode(200);
        as(token).post("/api/v1/auth/logout").then().statusCode(204);
        as(token)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", is("auth.unauthenticated"));
        as(agent.token()).get("/api/v1/auth/me").then().statusCode(200);
    }

    @Test
    void aPasswordChangeEndsEveryOldToken() {
        var agent = staff("agent");
        String email = email(agent);
        as(admin())
                .body(Map.of("password", "a-brand-new-password"))
                .patch("/api/v1/users/{id}", agent.id())
                .then()
                .statusCode(200);
        as(agent.token()).get("/api/v1/auth/me").then().statusCode(401);
        String fresh = login(email, "a-brand-new-password");
        as(fresh).get("/api/v1/auth/me").then().statusCode(200);
    }

    @Test
    void aRoleChangeEndsEveryOldToken() {
        var agent = staff("agent");
        as(admin())
                .body(Map.of("role", "manager"))
                .patch("/api/v1/users/{id}", agent.id())
                .then()
                .statusCode(200);
        as(agent.token()).get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void deactivationEndsTheSessionsForGood() {
        var agent = staff("agent");
        String email = email(agent);
        as(admin()).body(Map.of("active", false)).patch("/api/v1/users/{id}", agent.id());
        as(admin()).body(Map.of("active", true)).patch("/api/v1/users/{id}", agent.id());
        // Reactivated, the account needs a new sign-in: the old token stays dead.
        as(agent.token()).get("/api/v1/auth/me").then().statusCode(401);
        as(login(email, Api.PASSWORD)).get("/api/v1/auth/me").then().statusCode(200);
    }

    @Test
    void changingYourOwnPasswordKeepsThisSessionAndEndsTheOthers() {
        var admin = staff("admin");
        String other = freshLogin(admin);
        as(admin.token())
                .body(Map.of("password", "my-own-new-password"))
                .patch("/api/v1/users/{id}", admin.id())
                .then()
                .statusCode(200);
        as(admin.token()).get("/api/v1/auth/me").then().statusCode(200);
        as(other).get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void aUserSeesAndEndsTheirOwnSessions() {
        var agent = staff("agent");
        String phone = freshLogin(agent);
        Response listed = as(agent.token()).get("/api/v1/auth/sessions");
        listed.then().statusCode(200).body("current", hasItem(true)).body("kind", hasItem("bearer"));
        List<Map<String, Object>> sessions = listed.jsonPath().getList("");
        assertEquals(2, sessions.size());
        assertEquals(
                1,
                sessions.stream()
                        .filter(s -> Boolean.TRUE.equals(s.get("current")))
                        .count());
        assertTrue(sessions.stream().allMatch(s -> "127.0.0.1".equals(s.get("clientAddress"))));
        Number otherId = (Number) sessions.stream()
                .filter(s -> !Boolean.TRUE.equals(s.get("current")))
                .findFirst()
                .orElseThrow()
                .get("id");

        // Nobody else can end it: the session is not even there for them.
        as(staff("agent").token())
                .delete("/api/v1/auth/sessions/{id}", otherId)
                .then()
                .statusCode(404)
                .body("code", is("session.not-found"));
        as(phone).get("/api/v1/auth/me").then().statusCode(200);

        as(agent.token()).delete("/api/v1/auth/sessions/{id}", otherId).then().statusCode(204);
        as(phone).get("/api/v1/auth/me").then().statusCode(401);
        as(agent.token()).get("/api/v1/auth/sessions").then().statusCode(200).body("id", not(hasItem(otherId)));
    }

    @Test
    void signingOutEverywhereElseKeepsOnlyThisSession() {
        var agent = staff("agent");
        String second = freshLogin(agent);
        String third = freshLogin(agent);
        as(agent.token()).post("/api/v1/auth/sessions/end-others").then().statusCode(204);
        as(second).get("/api/v1/auth/me").then().statusCode(401);
        as(third).get("/api/v1/auth/me").then().statusCode(401);
        as(agent.token()).get("/api/v1/auth/me").then().statusCode(200);
    }

    @Test
    void theWebAppsSessionLivesInAnHttpOnlyCookieGuardedAgainstCsrf() {
        var agent = staff("agent");
        Response signIn = anonymous()
                .body(Map.of("email", email(agent), "password", Api.PASSWORD))
                .post("/api/v1/auth/cookie-login");
        signIn.then().statusCode(200).body("user.id", is((int) agent.id())).body("$", not(hasKey("accessToken")));
        String sessionHeader = setCookie(signIn, SessionCookies.SESSION);
        String csrfHeader = setCookie(signIn, SessionCookies.CSRF);
        assertTrue(sessionHeader.contains("HttpOnly"), sessionHeader);
        assertTrue(sessionHeader.contains("SameSite=Strict"), sessionHeader);
        assertTrue(sessionHeader.contains("Path=/"), sessionHeader);
        assertFalse(sessionHeader.contains("Secure"), "plain http on localhost: " + sessionHeader);
        assertFalse(csrfHeader.contains("HttpOnly"), "the app must read it: " + csrfHeader);
        assertTrue(csrfHeader.contains("SameSite=Strict"), csrfHeader);
        String session = signIn.getCookie(SessionCookies.SESSION);
        String csrf = signIn.getCookie(SessionCookies.CSRF);
        assertNotNull(session);
        assertNotNull(csrf);

        withCookie(session).get("/api/v1/auth/me").then().statusCode(200).body("id", is((int) agent.id()));
        // A change of data with only the cookie, as a forged cross-site request would make it.
        withCookie(session)
                .body(Map.of("name", "Forged"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", is("auth.csrf-token-missing"));
        withCookie(session)
                .header(SessionCookies.CSRF_HEADER, "not-the-token")
                .body(Map.of("name", "Forged"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(403);
        withCookie(session)
                .header(SessionCookies.CSRF_HEADER, csrf)
                .body(Map.of("name", "From the app"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201);
        // Another session's CSRF token does not fit this one.
        String otherCsrf = anonymous()
                .body(Map.of("email", email(agent), "password", Api.PASSWORD))
                .post("/api/v1/auth/cookie-login")
                .getCookie(SessionCookies.CSRF);
        withCookie(session)
                .header(SessionCookies.CSRF_HEADER, otherCsrf)
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(403);

        Response out =
                withCookie(session).header(SessionCookies.CSRF_HEADER, csrf).post("/api/v1/auth/logout");
        out.then().statusCode(204);
        assertTrue(setCookie(out, SessionCookies.SESSION).contains("Max-Age=0"));
        withCookie(session).get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void behindAnHttpsProxyTheCookiesAreSecure() {
        var agent = staff("agent");
        Response signIn = anonymous()
                .header("X-Forwarded-Proto", "https")
                .body(Map.of("email", email(agent), "password", Api.PASSWORD))
                .post("/api/v1/auth/cookie-login");
        signIn.then().statusCode(200);
        assertTrue(setCookie(signIn, SessionCookies.SESSION).contains("Secure"));
        assertTrue(setCookie(signIn, SessionCookies.CSRF).contains("Secure"));
    }

    @Test
    void bearerTokensNeedNoCsrfToken() {
        var agent = staff("agent");
        as(agent.token())
                .body(Map.of("name", "Tool"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201);
    }

    @Test
    void signingOutWithAnApiTokenRevokesIt() {
        var agent = staff("agent");
        String secret = as(agent.token())
                .body(Map.of("name", "Leaked"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        as(secret).get("/api/v1/auth/me").then().statusCode(200);
        as(secret).post("/api/v1/auth/logout").then().statusCode(204);
        as(secret).get("/api/v1/auth/me").then().statusCode(401);
        as(agent.token()).get("/api/v1/api-tokens").then().statusCode(200).body("[0].revokedAt", notNullValue());
    }

    private static io.restassured.specification.RequestSpecification withCookie(String session) {
        return given().filter(Api.contract())
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .cookie(SessionCookies.SESSION, session);
    }

    private static String setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie for " + name));
    }

    private static String email(Api.Staff staff) {
        return as(staff.token()).get("/api/v1/auth/me").then().extract().path("email");
    }

    /** A second, separate session of the same user (not the cached one). */
    private static String freshLogin(Api.Staff staff) {
        return login(email(staff), Api.PASSWORD);
    }

    private static String login(String email, String password) {
        return anonymous()
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }
}
