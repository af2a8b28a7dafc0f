package io.kaiku.ticket;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Logging a contact: a phone call, a visit, or a request from a tool. */
public record CreateTicketRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, examples = "Invoice charged twice")
        String subject,

        @Size(max = 100000) @Schema(maxLength = 100000) String description,
        @NotNull @Schema(required = true) Channel channel,
        @NotNull @Schema(required = true) Long customerId,
        TicketPriority priority,
        Boolean customerLosingMoney,
        Long queueId,
        Long assigneeId,

        @Schema(description = "The employee who took the contact; defaults to the caller")
        Long receivedById,

        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        Instant promisedBy,
        @Size(max = 10000) @Schema(maxLength = 10000) String agreedSolution,
        Instant followUpAt,
        @Size(max = 10000) @Schema(maxLength = 10000) String preventionSuggestion) {
    /** The contact to log; the employee who took it defaults to {@code caller}. */
    NewTicket toNewTicket(long callerUserId) {
        return new NewTicket(
                subject,
                description,
                channel,
                customerId,
                queueId,
                assigneeId,
                receivedById == null ? callerUserId : receivedById,
                priority,
                Boolean.TRUE.equals(customerLosingMoney),
                tags,
                promisedBy,
                agreedSolution,
                followUpAt,
                preventionSuggestion);
    }
}
