package io.kaiku.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kaiku.common.Keyset;
import io.kaiku.common.Languages;
import io.kaiku.common.NativeQueries;
import io.kaiku.common.Row;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CustomerRepository implements PanacheRepository<Customer> {

    /** The ICU collation of a supported language (changelog 0056), the default one otherwise. */
    public static String collation(String language) {
        return "kaiku_" + (Languages.isSupported(language) ? language : Languages.DEFAULT);
    }

    public boolean existsByEmailExcept(String email, Long exceptId) {
        return count("lower(email) = lower(?1) and id <> ?2", email, exceptId == null ? -1L : exceptId) > 0;
    }

    /**
     * Plans the next search in this transaction for its actual pattern. A plan cached for any
     * pattern walks every customer in name order, which takes a second when the pattern matches
     * one customer of 200,000; planned for the pattern, the trigram indexes find it in milliseconds.
     * With {@code fewMatches} the matches are collected from the trigram indexes and sorted.
     */
    private void planForThisPattern(boolean fewMatches) {
        getEntityManager()
                .createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true), "
                        + "set_config('enable_indexscan', :indexScan, true)")
                .setParameter("indexScan", fewMatches ? "off" : "on")
                .getSingleResult();
    }

    /**
     * A customer search, every part already checked; see {@link CustomerService#search}. {@code gram}
     * is one or two ideographic characters, looked up in their own index; {@code language} chooses
     * the collation of the name order.
     */
    record Search(
            String pattern,
            String digits,
            String gram,
            Long organizationId,
            String language,
            Keyset.Position after,
            boolean fewMatches) {}

    /** One page (plus one row) of a search, in the language's name order. */
    List<Row> search(Search search, int limit) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        Map<String, Object> parameters = new HashMap<>();
        if (search.gram() != null) {
            conditions.add("kaiku_short_grams(lower(c.name)) @> array[cast(:gram as text)]");
            parameters.put("gram", search.gram());
            planForThisPattern(true);
        } else if (search.pattern() != null) {
            String condition = "(lower(c.name) like lower(:pattern) or lower(c.email) like lower(:pattern)";
            if (search.digits() != null) {
                condition += " or regexp_replace(c.phone, '[^0-9+]', '', 'g') like :digits";
                parameters.put("digits", "%" + search.digits() + "%");
            }
            conditions.add(condition + ")");
            parameters.put("pattern", search.pattern());
            planForThisPattern(search.fewMatches());
        }
        if (search.organizationId() != null) {
            conditions.add("c.organization_id = :organizationId");
            parameters.put("organizationId", search.organizationId());
        }
        if (search.after() != null) {
            conditions.add("(c.name collate " + collation(search.language()) + ", c.id) > (:afterName, :afterId)");
            parameters.put("afterName", search.after().text(0));
            parameters.put("afterId", search.after().number(1));
        }
        return findViews(String.join(" and ", conditions), parameters, search.language(), limit);
    }

    Optional<Row> findView(long id) {
        return findViews("c.id = :id", Map.of("id", id), Languages.DEFAULT, 1).stream()
                .findFirst();
    }

    /**
     * Rows for {@link CustomerView}: one query with the organization name and portal access, in
     * name order by the collation of {@code language} (one of {@link Languages#SUPPORTED}).
     */
    private List<Row> findViews(String where, Map<String, Object> parameters, String language, int limit) {
        return NativeQueries.list(
                getEntityManager(), """
                select c.id, c.name, c.email, c.phone, c.street, c.postal_code, c.city, c.region, c.country,
                       c.organization_id, o.name as organization_name, c.language, c.notes,
                       exists (select 1 from app_user u where u.customer_id = c.id) as portal,
                       c.created_at, c.updated_at, c.version
                  from customer c
                  left join organization o on o.id = c.organization_id
                 where %s
                 order by c.name collate %s, c.id
                 limit %d
                """.formatted(where, collation(language), limit), parameters, row -> row);
    }
}
