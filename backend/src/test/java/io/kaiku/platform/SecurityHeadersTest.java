package io.kaiku.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Security headers on the web app and on API answers. */
@QuarkusTest
@TestProfile(SpaRoutesTest.WithBuiltSpa.class)
class SecurityHeadersTest {
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @Test
    void theAppPageGetsAStrictPolicyWithAFreshNonceForItsStyles() {
        String first = nonceOf(given().get("/tickets/42"));
        String second = nonceOf(given().get("/"));
        assertNotEquals(first, second, "a new nonce on every load");
    }

    @Test
    void theAppPolicyAllowsNoInlineScriptAndNoFraming() {
        Response page = given().get("/portal");
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertCommonHeaders(page);
        Response asset = given().get("/assets/index-abc123.js");
        assertCommonHeaders(asset);
        assertTrue(asset.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }

    @Test
    void apiAnswersLoadNothingAndCannotBeFramed() {
        for (Response response : new Response[] {
            given().header("Authorization", "Bearer " + admin()).get("/api/v1/queues"),
            given().get("/api/v1/tickets"),
            given().contentType("application/json").body("{").post("/api/v1/auth/login")
        }) {
            assertEquals(SecurityHeaders.API_POLICY, response.header("Content-Security-Policy"));
            assertCommonHeaders(response);
        }
    }

    @Test
    void httpsThroughATrustedProxyTurnsOnStrictTransportSecurity() {
        assertEquals(null, given().get("/").header("Strict-Transport-Security"));
        assertTrue(given().header("X-Forwarded-Proto", "https")
                .get("/")
                .header("Strict-Transport-Security")
                .startsWith("max-age="));
    }

    private static String nonceOf(Response page) {
        page.then().statusCode(200);
        Matcher header = NONCE.matcher(page.header("Content-Security-Policy"));
        assertTrue(header.find(), page.header("Content-Security-Policy"));
        String nonce = header.group(1);
        assertTrue(page.body().asString().contains("content=\"" + nonce + "\""), "the page carries the same nonce");
        assertTrue(page.header("Content-Security-Policy").contains("style-src 'self' 'nonce-" + nonce + "'"));
        return nonce;
    }

    private static void assertCommonHeaders(Response response) {
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("no-referrer", response.header("Referrer-Policy"));
        assertEquals("DENY", response.header("X-Frame-Options"));
    }
}
