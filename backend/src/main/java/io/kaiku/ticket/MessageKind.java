package io.kaiku.ticket;

/** A public reply is seen by the customer; a note only by staff. */
public enum MessageKind {
    reply,
    note
}
