package io.kaiku.ticket;

import java.time.Instant;
import java.util.List;

import io.kaiku.common.Reference;
import io.kaiku.customer.CustomerView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The complete complaint record of one ticket, as staff see it. */
public record TicketView(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "KA-000123") String number,
        @Schema(required = true) String subject,
        @Schema(description = "The nature of the concern") String description,
        @Schema(required = true) Channel channel,
        @Schema(required = true) TicketStatus status,
        @Schema(required = true) TicketPriority priority,
        @Schema(required = true) boolean customerLosingMoney,
        Reference queue,
        Reference assignee,

        @Schema(description = "The employee who took the contact")
        Reference receivedBy,

        @Schema(required = true) CustomerView customer,
        @Schema(required = true) List<String> tags,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        Instant firstResponseAt,
        Instant solvedAt,
        Instant closedAt,

        @Schema(description = "When a solution was promised to the customer")
        Instant promisedBy,

        String agreedSolution,

        @Schema(description = "When to check back that the customer is satisfied")
        Instant followUpAt,

        String preventionSuggestion,
        String resolutionSummary,
        @Schema(required = true) long version) {}
