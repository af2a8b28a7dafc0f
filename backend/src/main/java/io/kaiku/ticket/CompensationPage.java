package io.kaiku.ticket;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CompensationPage(@Schema(required = true) List<CompensationView> items, String nextCursor) {}
