package io.kaiku.portal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PortalTicketPage(@Schema(required = true) List<PortalTicketSummary> items, String nextCursor) {}
