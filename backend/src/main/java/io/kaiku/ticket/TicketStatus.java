package io.kaiku.ticket;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kaiku.common.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a ticket is in its life. Upper-case constants because {@code new} is a Java keyword; the
 * lower-case {@link #value()} is what JSON, URLs and the database use.
 */
@Schema(enumeration = {"new", "open", "pending", "on_hold", "solved", "closed"})
public enum TicketStatus {
    NEW,
    OPEN,
    PENDING,
    ON_HOLD,
    SOLVED,
    CLOSED;

    /** Statuses of tickets that still need work: what "open tickets" and workload count. */
    public static final Set<TicketStatus> UNSOLVED = EnumSet.of(NEW, OPEN, PENDING, ON_HOLD);

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TicketStatus fromString(String value) {
        for (TicketStatus status : values()) {
            if (status.value().equals(value)) {
                return status;
            }
        }
        throw new InvalidRequestException("status", "invalid", "Unknown status '" + value + "'.");
    }

    public boolean isUnsolved() {
        return UNSOLVED.contains(this);
    }
}
