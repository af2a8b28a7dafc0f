package io.kaiku.customer;

import java.util.List;

import io.kaiku.common.Languages;
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
    public void planForThisPattern(boolean fewMatches) {
        getEntityManager()
                .createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true), "
                        + "set_config('enable_indexscan', :indexScan, true)")
                .setParameter("indexScan", fewMatches ? "off" : "on")
                .getSingleResult();
    }

    /**
     * Rows for {@link CustomerView}: one query with the organization name and portal access, in
     * name order by the collation of {@code language} (one of {@link Languages#SUPPORTED}).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> findViews(
            String where, java.util.Map<String, Object> parameters, String language, int limit) {
        var query = getEntityManager().createNativeQuery("""
                select c.id, c.name, c.email, c.phone, c.street, c.postal_code, c.city, c.region, c.country,
                       c.organization_id, o.name as organization_name, c.language, c.notes,
                       exists (select 1 from app_user u where u.customer_id = c.id) as portal,
                       c.created_at, c.updated_at, c.version
                  from customer c
                  left join organization o on o.id = c.organization_id
                 where %s
                 order by c.name collate %s, c.id
                 limit %d
                """.formatted(where, collation(language), limit));
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
