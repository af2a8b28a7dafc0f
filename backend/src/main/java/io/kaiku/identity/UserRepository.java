package io.kaiku.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kaiku.common.NativeQueries;
import io.kaiku.common.Reference;
import io.kaiku.common.Role;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    /** Id and name of the active staff member, without loading the whole account. */
    public Optional<Reference> findActiveStaff(long id) {
        return NativeQueries.first(
                getEntityManager(),
                "select id, name from app_user where id = :id and active and role <> 'customer'",
                Map.of("id", id),
                row -> new Reference(row.getLong("id"), row.getString("name")));
    }

    public Optional<User> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    public boolean existsByEmailExcept(String email, Long exceptId) {
        return count("lower(email) = lower(?1) and id <> ?2", email, exceptId == null ? -1L : exceptId) > 0;
    }

    public boolean existsWithRole(Role role) {
        return count("role", role) > 0;
    }

    public Optional<User> findByCustomerId(long customerId) {
        return find("customerId", customerId).firstResultOptional();
    }

    /**
     * One page in name order, after the (name, id) of the previous page's last row; the database
     * lower-cases the name on both sides, so the order and the cursor always agree.
     */
    public List<User> page(String text, Role role, Boolean active, String afterName, Long afterId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (text != null && !text.isBlank()) {
            query.append(" and (lower(name) like lower(:text) or lower(email) like lower(:text))");
            parameters.and("text", io.kaiku.common.Like.contains(text));
        }
        if (role != null) {
            query.append(" and role = :role");
            parameters.and("role", role);
        }
        if (active != null) {
            query.append(" and active = :active");
            parameters.and("active", active);
        }
        if (afterId != null) {
            query.append(
                    " and (lower(name) > lower(:afterName) or (lower(name) = lower(:afterName) and id > :afterId))");
            parameters.and("afterName", afterName).and("afterId", afterId);
        }
        query.append(" order by lower(name), id");
        return find(query.toString(), parameters).page(0, limit).list();
    }
}
