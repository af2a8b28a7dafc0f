package io.kaiku.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kaiku.common.Caller;
import io.kaiku.common.ConflictException;
import io.kaiku.common.ExpectedVersion;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.Keyset;
import io.kaiku.common.Reference;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.Role;
import io.kaiku.common.RuleViolationException;
import io.kaiku.customer.CustomerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Staff accounts and customers' portal logins. */
@ApplicationScoped
public class UserService {
    private static final String SORT = "name";

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final CustomerService customers;
    private final SessionService sessions;
    private final UserViews views;
    private final Clock clock;

    public UserService(
            UserRepository users,
            PasswordHasher passwords,
            CustomerService customers,
            SessionService sessions,
            UserViews views,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.customers = customers;
        this.sessions = sessions;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public UserPage list(String text, Role role, Boolean active, String cursor, int limit) {
        Keyset.Position after = Keyset.after(cursor, SORT, 2);
        List<User> rows = users.page(
                text,
                role,
                active,
                after == null ? null : after.text(0),
                after == null ? null : after.number(1),
                limit + 1);
        Keyset.Page<User> page =
                Keyset.page(rows, limit, user -> Keyset.cursor(SORT, user.name, user.id), user -> user);
        return new UserPage(views.of(page.items()), page.nextCursor());
    }

    @Transactional
    public UserView get(long id) {
        return views.of(require(id));
    }

    @Transactional
    public UserView create(CreateUserRequest request) {
        if (users.existsByEmailExcept(request.email(), null)) {
            throw new ConflictException("user.email-taken", "A user with this email already exists.");
        }
        if (request.role() == Role.customer) {
            if (request.customerId() == null) {
                throw new InvalidRequestException(
                        "customerId", "required", "A customer login needs its customer record.");
            }
            if (!customers.exists(request.customerId())) {
                throw new InvalidRequestException("customerId", "not-found", "No customer with this id.");
            }
            if (users.findByCustomerId(request.customerId()).isPresent()) {
                throw new ConflictException("user.customer-has-login", "This customer already has a portal login.");
            }
        } else if (request.customerId() != null) {
            throw new InvalidRequestException(
                    "customerId", "not-allowed", "Only customer logins belong to a customer.");
        }
        requireAcceptable(request.password(), request.email());
        Instant now = clock.instant();
        User user = new User();
        user.name = request.name().strip();
        user.email = request.email().strip();
        user.passwordHash = passwords.hash(request.password());
        user.role = request.role();
        user.customerId = request.customerId();
        user.timeZone = request.timeZone();
        user.createdAt = now;
        user.updatedAt = now;
        if (request.language() != null) {
            views.setLanguage(user, request.language());
        }
        users.persist(user);
        return views.of(user);
    }

    /**
     * Changes an account. A new password, a new role or deactivation ends the account's sessions
     * (except {@code callerSession}, when people change their own password), so old access tokens
     * stop working at once.
     */
    @Transactional
    public UserView update(
            long id, UpdateUserRequest request, Caller caller, Long callerSession, ExpectedVersion expected) {
        User user = require(id);
        expected.check(user.version, "user");
        if (request.email() != null && users.existsByEmailExcept(request.email(), id)) {
            throw new ConflictException("user.email-taken", "A user with this email already exists.");
        }
        if (request.role() != null
                && request.role() != user.role
                && (request.role() == Role.customer || user.role == Role.customer)) {
            throw new InvalidRequestException(
                    "role", "not-allowed", "Staff and customer logins cannot change into each other.");
        }
        boolean losesAdmin = user.role == Role.admin
                && ((request.role() != null && request.role() != Role.admin) || Boolean.FALSE.equals(request.active()));
        if (losesAdmin && users.count("role = ?1 and active = true and id <> ?2", Role.admin, id) == 0) {
            throw new RuleViolationException("user.last-admin", "Kaiku needs at least one active admin.");
        }
        if (user.id.equals(caller.userId()) && Boolean.FALSE.equals(request.active())) {
            throw new RuleViolationException("user.deactivate-self", "You cannot deactivate your own account.");
        }
        if (request.name() != null) {
            user.name = request.name().strip();
        }
        if (request.email() != null) {
            user.email = request.email().strip();
        }
        boolean endSessions = request.password() != null
                || (request.role() != null && request.role() != user.role)
                || (Boolean.FALSE.equals(request.active()) && user.active);
        if (request.password() != null) {
            requireAcceptable(request.password(), request.email() != null ? request.email() : user.email);
            user.passwordHash = passwords.hash(request.password());
        }
        if (request.role() != null) {
            user.role = request.role();
        }
        if (request.active() != null) {
            user.active = request.active();
        }
        if (request.language() != null) {
            views.setLanguage(user, request.language());
        }
        if (request.timeZone() != null) {
            user.timeZone = request.timeZone();
        }
        user.updatedAt = clock.instant();
        users.flush();
        if (endSessions) {
            sessions.revokeAll(user.id, user.id.equals(caller.userId()) ? callerSession : null);
        }
        return views.of(user);
    }

    /** For other features: the active staff member with this id, or empty. */
    @Transactional
    public Optional<Reference> findActiveStaff(long id) {
        return users.findActiveStaff(id);
    }

    /** For other features: the active staff member with this id having at least {@code role}. */
    @Transactional
    public boolean hasActiveRole(long id, Role role) {
        return users.findByIdOptional(id)
                .filter(u -> u.active && u.role.includes(role))
                .isPresent();
    }

    /** For other features: every active staff member, by name. */
    @Transactional
    public List<Reference> activeStaff() {
        return users.list("active = true and role <> ?1 order by lower(name), id", Role.customer).stream()
                .map(u -> new Reference(u.id, u.name))
                .toList();
    }

    private static void requireAcceptable(String password, String email) {
        PasswordPolicy.problem(password, email).ifPresent(problem -> {
            throw new InvalidRequestException("password", "policy", problem);
        });
    }

    User require(long id) {
        return users.findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("user.not-found", "No user with id " + id + "."));
    }
}
