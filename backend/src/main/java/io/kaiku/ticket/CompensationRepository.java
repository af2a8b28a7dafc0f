package io.kaiku.ticket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiku.common.NativeQueries;
import io.kaiku.common.Row;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CompensationRepository implements PanacheRepository<Compensation> {
    private static final String VIEW = """
            select k.id, k.ticket_id, t.number, t.customer_id, c.name as customer_name, k.kind, k.amount, k.currency, k.reason, k.approval_status,
                   k.decided_by_id, d.name as decided_by_name, k.decided_at,
                   k.granted_on, k.created_at, k.created_by_id, cr.name as created_by_name
              from compensation k
              join ticket t on t.id = k.ticket_id
              join customer c on c.id = t.customer_id
              left join app_user d on d.id = k.decided_by_id
              join app_user cr on cr.id = k.created_by_id
            """;

    List<Row> findForTicket(long ticketId) {
        return NativeQueries.list(
                getEntityManager(),
                VIEW + " where k.ticket_id = :id order by k.created_at desc, k.id desc",
                Map.of("id", ticketId),
                row -> row);
    }

    List<Row> findForCustomer(long customerId) {
        return NativeQueries.list(
                getEntityManager(),
                VIEW + " where t.customer_id = :id order by k.created_at desc, k.id desc",
                Map.of("id", customerId),
                row -> row);
    }

    Row findView(long id) {
        return NativeQueries.first(getEntityManager(), VIEW + " where k.id = :id", Map.of("id", id), row -> row)
                .orElseThrow();
    }

    /** One page (plus one row) of compensations in an approval state, oldest first. */
    List<Row> findByApproval(CompensationApproval approval, Long afterId, int limit) {
        Map<String, Object> parameters = new HashMap<>(Map.of("approval", approval.name(), "limit", limit));
        String after = "";
        if (afterId != null) {
            after = " and k.id > :after";
            parameters.put("after", afterId);
        }
        return NativeQueries.list(
                getEntityManager(),
                VIEW + " where k.approval_status = :approval" + after + " order by k.id limit :limit",
                parameters,
                row -> row);
    }
}
