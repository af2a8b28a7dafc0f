package io.kaiku.ticket;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A typed value in the actions-taken log: {@code kind} says which member holds it. References (a
 * user, queue or customer) are stored by id; {@code name} is filled in when the timeline is read, so
 * a rename shows everywhere.
 */
@Schema(
        name = "TicketEventValue",
        description = "A value before or after a change; `kind` names the member that holds it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventValue(
        @Schema(required = true) Kind kind,

        @Schema(description = "text, and the enum kinds (status, priority, channel, compensationKind)")
        String text,

        @Schema(description = "datetime") Instant datetime,
        @Schema(description = "date") LocalDate date,
        @Schema(description = "flag: a yes/no value") Boolean flag,

        @Schema(description = "user, queue, customer, compensation")
        Long id,

        @Schema(description = "The current name of the referenced user, queue or customer")
        String name,

        @Schema(description = "tags") List<String> tags,
        @Schema(description = "money") BigDecimal amount,

        @Schema(description = "money: ISO 4217", examples = "EUR")
        String currency) {

    public enum Kind {
        text,
        status,
        priority,
        channel,
        compensationKind,
        datetime,
        date,
        flag,
        tags,
        user,
        queue,
        customer,
        money
    }

    public static EventValue text(String text) {
        return text == null ? null : new EventValue(Kind.text, text, null, null, null, null, null, null, null, null);
    }

    public static EventValue status(TicketStatus status) {
        return status == null ? null : enumeration(Kind.status, status.value());
    }

    public static EventValue priority(TicketPriority priority) {
        return priority == null ? null : enumeration(Kind.priority, priority.name());
    }

    public static EventValue channel(Channel channel) {
        return channel == null ? null : enumeration(Kind.channel, channel.name());
    }

    public static EventValue compensationKind(CompensationKind kind) {
        return kind == null ? null : enumeration(Kind.compensationKind, kind.name());
    }

    public static EventValue datetime(Instant instant) {
        return instant == null
                ? null
                : new EventValue(Kind.datetime, null, instant, null, null, null, null, null, null, null);
    }

    public static EventValue date(LocalDate date) {
        return date == null ? null : new EventValue(Kind.date, null, null, date, null, null, null, null, null, null);
    }

    public static EventValue flag(boolean flag) {
        return new EventValue(Kind.flag, null, null, null, flag, null, null, null, null, null);
    }

    public static EventValue tags(List<String> tags) {
        return new EventValue(Kind.tags, null, null, null, null, null, null, List.copyOf(tags), null, null);
    }

    public static EventValue user(Long id) {
        return reference(Kind.user, id);
    }

    public static EventValue queue(Long id) {
        return reference(Kind.queue, id);
    }

    public static EventValue customer(Long id) {
        return reference(Kind.customer, id);
    }

    public static EventValue money(BigDecimal amount, String currency) {
        return amount == null
                ? null
                : new EventValue(Kind.money, null, null, null, null, null, null, null, amount, currency);
    }

    public boolean isReference() {
        return kind == Kind.user || kind == Kind.queue || kind == Kind.customer;
    }

    public EventValue named(String name) {
        return new EventValue(kind, text, datetime, date, flag, id, name, tags, amount, currency);
    }

    private static EventValue enumeration(Kind kind, String value) {
        return new EventValue(kind, value, null, null, null, null, null, null, null, null);
    }

    private static EventValue reference(Kind kind, Long id) {
        return id == null ? null : new EventValue(kind, null, null, null, null, id, null, null, null, null);
    }
}
