package io.kaiku.customer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OrganizationPage(@Schema(required = true) List<OrganizationView> items, String nextCursor) {}
