package io.kaiku.common;

import java.util.Objects;

/**
 * Who made a change or wrote a message. {@code id} points into the table of its type (app_user for
 * staff, customer for customers, ...); {@code label} keeps what cannot be looked up later: a
 * contact's address, the name of a rule or integration at the time.
 */
public record Actor(ActorType type, Long id, String label) {
    public Actor {
        Objects.requireNonNull(type, "type");
    }

    public static Actor staff(long userId) {
        return new Actor(ActorType.staff, userId, null);
    }

    public static Actor customer(long customerId) {
        return new Actor(ActorType.customer, customerId, null);
    }

    public static Actor contact(String address) {
        return new Actor(ActorType.contact, null, address);
    }

    public static Actor rule(long ruleId, String name) {
        return new Actor(ActorType.rule, ruleId, name);
    }

    public static Actor integration(long integrationId, String name) {
        return new Actor(ActorType.integration, integrationId, name);
    }

    public static Actor system(String what) {
        return new Actor(ActorType.system, null, what);
    }

    public boolean isStaff() {
        return type == ActorType.staff;
    }

    public boolean isCustomer() {
        return type == ActorType.customer;
    }

    public boolean is(ActorType type, long id) {
        return this.type == type && this.id != null && this.id == id;
    }
}
