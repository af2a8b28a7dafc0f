package io.kaiku.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A contact to log as a ticket, whoever logs it: an agent, a tool, the portal or a channel. Ids
 * are checked by {@link TicketCommands#open}; errors name the fields as written here.
 */
public record NewTicket(
        String subject,
        String description,
        Channel channel,
        long customerId,
        Long queueId,
        Long assigneeId,
        Long receivedById,
        TicketPriority priority,
        boolean customerLosingMoney,
        List<String> tags,
        Instant promisedBy,
        String agreedSolution,
        Instant followUpAt,
        String preventionSuggestion) {

    /** A request as a customer or a channel brings it: only what they can say. */
    public static NewTicket fromCustomer(
            String subject, String description, Channel channel, long customerId, Long queueId) {
        return new NewTicket(
                subject,
                description,
                channel,
                customerId,
                queueId,
                null,
                null,
                null,
                false,
                List.of(),
                null,
                null,
                null,
                null);
    }
}
