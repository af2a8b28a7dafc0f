package io.kaiku.ticket;

import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class TicketRepository implements PanacheRepository<Ticket> {
    static final String SUMMARY_COLUMNS = """
            t.id, t.number, t.subject, t.status, t.priority, t.customer_losing_money, t.channel,
            t.queue_id, q.name as queue_name, t.assignee_id, a.name as assignee_name,
            t.customer_id, c.name as customer_name, t.tags, t.created_at, t.updated_at, t.promised_by, t.priority_rank
            """;

    public long nextNumber() {
        return ((Number) getEntityManager()
                        .createNativeQuery("select nextval('ticket_number_seq')")
                        .getSingleResult())
                .longValue();
    }

    /** The ticket, locked until the transaction ends so that changes to one ticket happen one at a time. */
    public java.util.Optional<Ticket> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * How many tickets match a text query, counting no further than {@code cap}. Planned as a
     * bitmap scan of the text indexes on purpose: it is the one plan that is fast however rare or
     * common the words are.
     */
    public int countTextMatches(String tsquery, int cap) {
        planTextSearch(true);
        try {
            return ((Number) getEntityManager()
                            .createNativeQuery("""
                    select count(*) from (
                        select 1 from ticket t
                         where t.search @@ to_tsquery('simple', :tsquery)
                            or t.conversation_search @@ to_tsquery('simple', :tsquery)
                         limit :cap) matches
                    """)
                            .setParameter("tsquery", tsquery)
                            .setParameter("cap", cap)
                            .getSingleResult())
                    .intValue();
        } finally {
            resetPlanner();
        }
    }

    /**
     * Steers the plan of the next text searches in this transaction. PostgreSQL cannot estimate
     * how many tickets a word matches well enough to choose between walking a list's index in
     * order (right for common words) and collecting the matches first (right for rare ones), so
     * the caller decides from {@link #countTextMatches}. A sequential scan is never right: it
     * would read every ticket's conversation.
     */
    public void planTextSearch(boolean rareWords) {
        getEntityManager()
                .createNativeQuery(
                        "select set_config('enable_indexscan', :indexScan, true), "
                                + "set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)")
                .setParameter("indexScan", rareWords ? "off" : "on")
                .getSingleResult();
    }

    public void resetPlanner() {
        getEntityManager()
                .createNativeQuery("select set_config('enable_indexscan', 'on', true), "
                        + "set_config('enable_seqscan', 'on', true), set_config('plan_cache_mode', 'auto', true)")
                .getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> findSummaries(String where, String orderBy, Map<String, Object> parameters, int limit) {
        var query = getEntityManager()
                .createNativeQuery("select " + SUMMARY_COLUMNS + """
                  from ticket t
                  join customer c on c.id = t.customer_id
                  left join queue q on q.id = t.queue_id
                  left join app_user a on a.id = t.assignee_id
                 where %s
                 order by %s
                 limit %d
                """.formatted(where, orderBy, limit));
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Names of the people and queue a ticket points to: queue, assignee, received by. */
    public Object[] findNames(Long queueId, Long assigneeId, Long receivedById) {
        return (Object[]) getEntityManager()
                .createNativeQuery("""
                select (select name from queue where id = :queue),
                       (select name from app_user where id = :assignee),
                       (select name from app_user where id = :receivedBy)
                """)
                .setParameter("queue", queueId == null ? -1L : queueId)
                .setParameter("assignee", assigneeId == null ? -1L : assigneeId)
                .setParameter("receivedBy", receivedById == null ? -1L : receivedById)
                .getSingleResult();
    }

    /** One count per view; each is its own sub-select so it can be answered from that view's index alone. */
    public Object[] countViews(long userId, String unsolved) {
        return (Object[]) getEntityManager()
                .createNativeQuery("""
                select (select count(*) from ticket where assignee_id = :me and status in (%1$s)),
                       (select count(*) from ticket where assignee_id is null and status in (%1$s)),
                       (select count(*) from ticket where status in (%1$s)),
                       (select count(*) from ticket where status = 'pending'),
                       (select count(*) from ticket where status = 'solved')
                """.formatted(unsolved))
                .setParameter("me", userId)
                .getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> countOpenByQueue(String unsolved) {
        return getEntityManager().createNativeQuery("""
                select q.id, q.name, (select count(*) from ticket t where t.queue_id = q.id and t.status in (%s))
                  from queue q
                 where q.active
                 order by q.position, lower(q.name)
                """.formatted(unsolved)).getResultList();
    }

    /** Open tickets grouped by {@code column} (assignee_id or queue_id), status and priority. */
    @SuppressWarnings("unchecked")
    public List<Object[]> countOpenGrouped(String column, String nameTable, String unsolved) {
        return getEntityManager()
                .createNativeQuery("""
                select t.%1$s, n.name, t.status, t.priority, count(*)
                  from ticket t
                  left join %2$s n on n.id = t.%1$s
                 where t.status in (%3$s)
                 group by t.%1$s, n.name, t.status, t.priority
                """.formatted(column, nameTable, unsolved))
                .getResultList();
    }

    public List<Ticket> findSolvedChangedAfter(java.time.Instant updatedAfter, long afterId, int limit) {
        return find(
                        "status in ?1 and (updatedAt > ?2 or (updatedAt = ?2 and id > ?3)) order by updatedAt, id",
                        List.of(TicketStatus.SOLVED, TicketStatus.CLOSED),
                        updatedAfter,
                        afterId)
                .page(0, limit)
                .list();
    }
}
