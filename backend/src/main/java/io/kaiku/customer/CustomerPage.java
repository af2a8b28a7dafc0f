package io.kaiku.customer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CustomerPage(@Schema(required = true) List<CustomerView> items, String nextCursor) {}
