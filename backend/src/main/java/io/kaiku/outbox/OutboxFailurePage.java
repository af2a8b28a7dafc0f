package io.kaiku.outbox;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OutboxFailurePage(@Schema(required = true) List<OutboxFailureView> items, String nextCursor) {}
