package io.kaiku.common;

/** Who can change a ticket or write on it. */
public enum ActorType {
    /** A staff user (agent, manager, admin), also when acting through an API token. */
    staff,
    /** A customer record, whether or not the customer has a portal login. */
    customer,
    /** An address that is not (yet) a customer, e.g. someone copied on an email. */
    contact,
    /** An automation rule. */
    rule,
    /** Kaiku itself: timers, service levels, clean-ups. */
    system,
    /** A channel integration: a mailbox, a phone system, a chat or SMS bridge. */
    integration
}
