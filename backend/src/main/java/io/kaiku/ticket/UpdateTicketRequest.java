package io.kaiku.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A merge patch: a field left out stays as it is ({@code null} here), a field sent as JSON null
 * is cleared ({@code Optional.empty()}). A class rather than a record because Jackson fills absent
 * record components with {@code Optional.empty()}, which would make "left out" and "null" the same.
 */
public class UpdateTicketRequest {
    public Optional<@NotBlank @Size(max = 200) String> subject;

    public Optional<@Size(max = 100000) String> description;

    public Optional<TicketStatus> status;

    public Optional<TicketPriority> priority;

    public Optional<Boolean> customerLosingMoney;

    public Optional<Long> queueId;

    public Optional<Long> assigneeId;

    public Optional<Long> receivedById;

    public Optional<Long> customerId;

    public Optional<Channel> channel;

    public Optional<@Size(max = 20) List<@NotBlank @Size(max = 50) String>> tags;

    public Optional<Instant> promisedBy;

    public Optional<@Size(max = 10000) String> agreedSolution;

    public Optional<Instant> followUpAt;

    public Optional<@Size(max = 10000) String> preventionSuggestion;

    public Optional<@Size(max = 10000) String> resolutionSummary;

    public @Schema(description = "The version you edited; alternatively send it as If-Match") Long version;

    /** The change this patch asks for; fields that cannot be cleared are refused as null. */
    TicketChange toChange() {
        return TicketChange.builder()
                .subject(subject == null ? null : TicketCommands.required(subject, "subject"))
                .description(description)
                .channel(channel == null ? null : TicketCommands.required(channel, "channel"))
                .customerId(customerId == null ? null : TicketCommands.required(customerId, "customerId"))
                .queueId(queueId)
                .assigneeId(assigneeId)
                .receivedById(receivedById)
                .tags(tags == null ? null : tags.orElse(java.util.List.of()))
                .promisedBy(promisedBy)
                .agreedSolution(agreedSolution)
                .followUpAt(followUpAt)
                .preventionSuggestion(preventionSuggestion)
                .resolutionSummary(resolutionSummary)
                .status(status == null ? null : TicketCommands.required(status, "status"))
                .priority(priority == null ? null : TicketCommands.required(priority, "priority"))
                .customerLosingMoney(
                        customerLosingMoney == null
                                ? null
                                : TicketCommands.required(customerLosingMoney, "customerLosingMoney"))
                .build();
    }
}
