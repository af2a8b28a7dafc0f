package io.kaiku.ticket;

/** How the contact reached us. */
public enum Channel {
    email,
    phone,
    web,
    chat,
    social,
    sms,
    in_person,
    api
}
