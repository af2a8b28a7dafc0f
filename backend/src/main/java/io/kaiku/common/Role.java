package io.kaiku.common;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who a user is to Kaiku. Staff roles nest: an admin may do what a manager may, a manager what an
 * agent may. Constants are lower case because the same word is used in JSON, URLs and the database.
 */
public enum Role {
    admin,
    manager,
    agent,
    customer;

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String ADMIN = "admin";

    public static final String MANAGER = "manager";
    public static final String AGENT = "agent";
    public static final String CUSTOMER = "customer";

    public boolean isStaff() {
        return this != customer;
    }

    /** The role itself and every role it includes. */
    public Set<Role> effectiveRoles() {
        return switch (this) {
            case admin -> EnumSet.of(admin, manager, agent);
            case manager -> EnumSet.of(manager, agent);
            case agent -> EnumSet.of(agent);
            case customer -> EnumSet.of(customer);
        };
    }

    public boolean includes(Role other) {
        return effectiveRoles().contains(other);
    }
}
