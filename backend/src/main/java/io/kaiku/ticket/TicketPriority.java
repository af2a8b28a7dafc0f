package io.kaiku.ticket;

/** How urgent a ticket is; a customer losing money because of us is always {@code urgent}. */
public enum TicketPriority {
    low,
    normal,
    high,
    urgent
}
