package io.kaiku.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Applies {@link PostgresResource} to every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(PostgresResource.class)
public final class TestDatabase {
    private TestDatabase() {}
}
