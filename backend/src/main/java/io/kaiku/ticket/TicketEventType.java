package io.kaiku.ticket;

/** The kinds of entries in a ticket's actions-taken log. */
public enum TicketEventType {
    created,
    status_changed,
    priority_changed,
    assignee_changed,
    queue_changed,
    customer_changed,
    tags_changed,
    field_changed,
    message_added,
    note_added,
    compensation_added,
    compensation_approved,
    compensation_rejected
}
