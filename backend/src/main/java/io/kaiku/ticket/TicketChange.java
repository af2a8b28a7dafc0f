package io.kaiku.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one change asks of a ticket, whoever makes it (an agent's edit, a macro, a rule, a timer).
 * A field left {@code null} stays as it is; {@code Optional.empty()} clears a field that can be
 * cleared. Tags are replaced with {@link Builder#tags}, or edited with {@link Builder#addTags} and
 * {@link Builder#removeTags}.
 */
public final class TicketChange {
    final String subject;
    final Optional<String> description;
    final Channel channel;
    final Long customerId;
    final Optional<Long> queueId;
    final Optional<Long> assigneeId;
    final Optional<Long> receivedById;
    final List<String> tags;
    final List<String> addTags;
    final List<String> removeTags;
    final Optional<Instant> promisedBy;
    final Optional<String> agreedSolution;
    final Optional<Instant> followUpAt;
    final Optional<String> preventionSuggestion;
    final Optional<String> resolutionSummary;
    final TicketStatus status;
    final TicketPriority priority;
    final Boolean customerLosingMoney;

    private TicketChange(Builder b) {
        subject = b.subject;
        description = b.description;
        channel = b.channel;
        customerId = b.customerId;
        queueId = b.queueId;
        assigneeId = b.assigneeId;
        receivedById = b.receivedById;
        tags = b.tags;
        addTags = b.addTags;
        removeTags = b.removeTags;
        promisedBy = b.promisedBy;
        agreedSolution = b.agreedSolution;
        followUpAt = b.followUpAt;
        preventionSuggestion = b.preventionSuggestion;
        resolutionSummary = b.resolutionSummary;
        status = b.status;
        priority = b.priority;
        customerLosingMoney = b.customerLosingMoney;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String subject;
        private Optional<String> description;
        private Channel channel;
        private Long customerId;
        private Optional<Long> queueId;
        private Optional<Long> assigneeId;
        private Optional<Long> receivedById;
        private List<String> tags;
        private List<String> addTags = List.of();
        private List<String> removeTags = List.of();
        private Optional<Instant> promisedBy;
        private Optional<String> agreedSolution;
        private Optional<Instant> followUpAt;
        private Optional<String> preventionSuggestion;
        private Optional<String> resolutionSummary;
        private TicketStatus status;
        private TicketPriority priority;
        private Boolean customerLosingMoney;

        private Builder() {}

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder description(Optional<String> value) {
            description = value;
            return this;
        }

        public Builder channel(Channel value) {
            channel = value;
            return this;
        }

        public Builder customerId(Long value) {
            customerId = value;
            return this;
        }

        public Builder queueId(Optional<Long> value) {
            queueId = value;
            return this;
        }

        public Builder assigneeId(Optional<Long> value) {
            assigneeId = value;
            return this;
        }

        public Builder receivedById(Optional<Long> value) {
            receivedById = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder addTags(List<String> value) {
            addTags = List.copyOf(value);
            return this;
        }

        public Builder removeTags(List<String> value) {
            removeTags = List.copyOf(value);
            return this;
        }

        public Builder promisedBy(Optional<Instant> value) {
            promisedBy = value;
            return this;
        }

        public Builder agreedSolution(Optional<String> value) {
            agreedSolution = value;
            return this;
        }

        public Builder followUpAt(Optional<Instant> value) {
            followUpAt = value;
            return this;
        }

        public Builder preventionSuggestion(Optional<String> value) {
            preventionSuggestion = value;
            return this;
        }

        public Builder resolutionSummary(Optional<String> value) {
            resolutionSummary = value;
            return this;
        }

        public Builder status(TicketStatus value) {
            status = value;
            return this;
        }

        public Builder priority(TicketPriority value) {
            priority = value;
            return this;
        }

        public Builder customerLosingMoney(Boolean value) {
            customerLosingMoney = value;
            return this;
        }

        public TicketChange build() {
            return new TicketChange(this);
        }
    }
}
