package io.kaiku.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The built SPA and the API share one origin; client-side routes survive a reload. */
@QuarkusTest
@TestProfile(SpaRoutesTest.WithBuiltSpa.class)
class SpaRoutesTest {

    public static class WithBuiltSpa implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path root = Files.createTempDirectory("kaiku-web");
                Files.createDirectories(root.resolve("assets"));
                Files.writeString(
                        root.resolve("index.html"),
                        "<!doctype html><meta name=\"csp-nonce\" content=\"__CSP_NONCE__\"><title>Kaiku SPA</title>");
                Files.writeString(root.resolve("assets/index-abc123.js"), "console.log('kaiku')");
                Files.writeString(root.resolve("favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
                return Map.of("kaiku.web-root", root.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void clientSideRoutesGetTheIndexPageRevalidatedOnEveryLoad() {
        for (String path : new String[] {"/", "/tickets/42", "/portal/requests/7"}) {
            given().get(path)
                    .then()
                    .statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Cache-Control", "no-cache")
                    .body(containsString("Kaiku SPA"));
        }
    }

    @Test
    void hashedAssetsAreCachedForGoodAndMissingOnesAreNotFound() {
        given().get("/assets/index-abc123.js")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=31536000"))
                .body(containsString("kaiku"));
        given().get("/assets/index-gone.js").then().statusCode(404);
        given().get("/favicon.svg").then().statusCode(200).header("Cache-Control", "no-cache");
    }

    @Test
    void apiPathsNeverFallBackToTheSpa() {
        given().get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().get("/api/v1/tickets").then().statusCode(401).body("code", equalTo("auth.unauthenticated"));
    }
}
