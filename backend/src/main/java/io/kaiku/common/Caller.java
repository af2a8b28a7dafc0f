package io.kaiku.common;

/** The authenticated user behind the current request, as every feature needs to see it. */
public record Caller(long userId, String name, Role role, Long customerId) {

    public boolean isStaff() {
        return role.isStaff();
    }

    public boolean isCustomer() {
        return role == Role.customer;
    }

    /** What this caller's changes are recorded as: a staff user, or the customer a portal login belongs to. */
    public Actor actor() {
        return isCustomer() ? Actor.customer(customerId) : Actor.staff(userId);
    }
}
