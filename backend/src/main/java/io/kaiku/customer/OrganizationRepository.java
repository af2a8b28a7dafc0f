package io.kaiku.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiku.common.Keyset;
import io.kaiku.common.NativeQueries;
import io.kaiku.common.Row;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<Organization> {

    public boolean existsByNameExcept(String name, Long exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId == null ? -1L : exceptId) > 0;
    }

    /** One page (plus one row) in name order; {@code sort_name} is the key the cursor keeps. */
    List<Row> page(String pattern, Keyset.Position after, int limit) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> parameters = new HashMap<>(Map.of("limit", limit));
        if (pattern != null) {
            where.append(" and lower(name) like lower(:pattern)");
            parameters.put("pattern", pattern);
        }
        if (after != null) {
            where.append(" and (lower(name), id) > (:afterName, :afterId)");
            parameters.put("afterName", after.text(0));
            parameters.put("afterId", after.number(1));
        }
        return NativeQueries.list(
                getEntityManager(),
                "select id, name, lower(name) as sort_name, domains, notes, created_at, updated_at, version"
                        + " from organization where " + where
                        + " order by lower(name), id limit :limit",
                parameters,
                row -> row);
    }
}
