package io.kaiku.ticket;

import java.time.Instant;

/** A solved or closed ticket as other features read it: what was asked, and when it last changed. */
public record SolvedTicket(
        long id, String number, String subject, String description, long customerId, Instant updatedAt) {}
