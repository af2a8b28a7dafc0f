package io.kaiku.testing;

import java.util.HashMap;
import java.util.Map;

import static io.kaiku.testing.Api.as;
import static org.hamcrest.Matchers.is;

/** The one stale-version rule, checked the same way for every resource that is edited with PATCH. */
public final class StaleEdits {
    private StaleEdits() {}

    /**
     * On a resource at version 0: {@code edit} with If-Match "0" succeeds (version 1); {@code lost}
     * with the stale If-Match answers 412 and with the stale body version 409, both with the code
     * {@code <resource>.version-conflict}; the resource still holds {@code field} = {@code kept}.
     */
    public static void areRefused(
            String token,
            String path,
            Number id,
            String resource,
            Map<String, Object> edit,
            Map<String, Object> lost,
            String field,
            Object kept) {
        as(token)
                .header("If-Match", "\"0\"")
                .body(edit)
                .patch(path, id)
                .then()
                .statusCode(200)
                .body("version", is(1));
        as(token)
                .header("If-Match", "\"0\"")
                .body(lost)
                .patch(path, id)
                .then()
                .statusCode(412)
                .body("code", is(resource + ".version-conflict"));
        Map<String, Object> lostWithVersion = new HashMap<>(lost);
        lostWithVersion.put("version", 0);
        as(token)
                .body(lostWithVersion)
                .patch(path, id)
                .then()
                .statusCode(409)
                .body("code", is(resource + ".version-conflict"));
        as(token).get(path, id).then().statusCode(200).body(field, is(kept)).body("version", is(1));
    }
}
