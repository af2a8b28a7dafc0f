package io.kaiku.ticket;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CompensationRepository implements PanacheRepository<Compensation> {

    /** Compensations of one ticket or of all a customer's tickets, newest first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> findViews(String where, long id) {
        return getEntityManager()
                .createNativeQuery("""
                select k.id, k.ticket_id, t.number, k.kind, k.amount, k.currency, k.reason, k.approved_by_id, ap.name,
                       k.granted_on, k.created_at, k.created_by_id, cr.name
                  from compensation k
                  join ticket t on t.id = k.ticket_id
                  left join app_user ap on ap.id = k.approved_by_id
                  join app_user cr on cr.id = k.created_by_id
                 where %s = :id
                 order by k.created_at desc, k.id desc
                """.formatted(where))
                .setParameter("id", id)
                .getResultList();
    }
}
