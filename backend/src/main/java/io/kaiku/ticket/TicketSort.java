package io.kaiku.ticket;

/** Orders of a ticket list: {@code priority} puts urgent first, then the longest waiting. */
public enum TicketSort {
    priority,
    created,
    updated
}
