package io.kaiku.common;

/** Shared limits of every list endpoint. */
public final class Paging {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    private Paging() {}
}
