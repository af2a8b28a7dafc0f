package io.kaiku.customer;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CustomerRepository implements PanacheRepository<Customer> {

    public boolean existsByEmailExcept(String email, Long exceptId) {
        return count("lower(email) = lower(?1) and id <> ?2", email, exceptId == null ? -1L : exceptId) > 0;
    }

    /** Rows for {@link CustomerView}: one query with the organization name and portal access. */
    @SuppressWarnings("unchecked")
    public List<Object[]> findViews(String where, java.util.Map<String, Object> parameters, int limit) {
        var query = getEntityManager().createNativeQuery("""
                select c.id, c.name, c.email, c.phone, c.street, c.postal_code, c.city, c.region, c.country,
                       c.organization_id, o.name as organization_name, c.language, c.notes,
                       exists (select 1 from app_user u where u.customer_id = c.id) as portal,
                       c.created_at, c.updated_at, c.version
                  from customer c
                  left join organization o on o.id = c.organization_id
                 where %s
                 order by lower(c.name), c.id
                 limit %d
                """.formatted(where, limit));
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
