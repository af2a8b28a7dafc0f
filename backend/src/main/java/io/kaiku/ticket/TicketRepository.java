package io.kaiku.ticket;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.kaiku.common.NativeQueries;
import io.kaiku.common.Row;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class TicketRepository implements PanacheRepository<Ticket> {
    /** Up to this many matching tickets, a text search collects them all and sorts them. */
    private static final int RARE_TEXT_MATCHES = 2_000;
    /** How far down the list a text search first looks for a page of matches. */
    private static final int WALK_ROWS = 2_000;

    private static final String SUMMARY_COLUMNS = """
            t.id, t.number, t.subject, t.status, t.priority, t.customer_losing_money, t.channel,
            t.queue_id, q.name as queue_name, t.assignee_id, a.name as assignee_name,
            t.customer_id, c.name as customer_name, t.tags, t.created_at, t.updated_at, t.promised_by, t.priority_rank
            """;

    /**
     * Subject and description, the conversation on the ticket row, and messages of overflowing
     * tickets. The overflow matches are an array, not {@code in (subquery)}: only then can the
     * planner combine all three in one bitmap scan (with {@code in}, a word no ticket has made it
     * walk every ticket: seconds at a million).
     */
    private static final String TEXT_MATCH = """
            (t.search @@ to_tsquery('simple', :tsquery)
             or t.conversation_search @@ to_tsquery('simple', :tsquery)
             or t.id = any(array(select m.ticket_id from ticket_message m where m.search @@ to_tsquery('simple', :tsquery))))
            """;

    public long nextNumber() {
        return NativeQueries.first(
                        getEntityManager(),
                        "select nextval('ticket_number_seq') as number",
                        Map.of(),
                        row -> row.getLong("number"))
                .orElseThrow();
    }

    /** The ticket, locked until the transaction ends so that changes to one ticket happen one at a time. */
    public Optional<Ticket> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One page (plus one row) of summaries; see {@link #planTextSearch} for how text searches are planned. */
    List<Row> search(TicketQuery query, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            // Literals (from the enum, so safe) rather than parameters: only then can the planner
            // match the partial indexes of unsolved tickets.
            where.add("t.status in ("
                    + literals(
                            query.statuses().stream().map(TicketStatus::value).sorted()) + ")");
        }
        if (query.priorities() != null && !query.priorities().isEmpty()) {
            where.add("t.priority in ("
                    + literals(query.priorities().stream().map(Enum::name).sorted()) + ")");
        }
        if (query.queueId() != null) {
            where.add("t.queue_id = :queueId");
            parameters.put("queueId", query.queueId());
        }
        if (query.unassigned()) {
            where.add("t.assignee_id is null");
        } else if (query.assigneeId() != null) {
            where.add("t.assignee_id = :assigneeId");
            parameters.put("assigneeId", query.assigneeId());
        }
        if (query.customerId() != null) {
            where.add("t.customer_id = :customerId");
            parameters.put("customerId", query.customerId());
        }
        if (query.tag() != null) {
            where.add("t.tags @> array[cast(:tag as text)]");
            parameters.put("tag", query.tag());
        }
        if (query.channel() != null) {
            where.add("t.channel = '" + query.channel().name() + "'");
        }
        range(where, parameters, "t.created_at", "createdFrom", query.createdFrom(), "createdTo", query.createdTo());
        range(where, parameters, "t.updated_at", "updatedFrom", query.updatedFrom(), "updatedTo", query.updatedTo());
        if (query.number() != null) {
            where.add("t.number = :number");
            parameters.put("number", query.number());
        }
        if (query.tsquery() != null) {
            parameters.put("tsquery", query.tsquery());
        }
        String orderBy = switch (query.sort()) {
            case priority -> "t.priority_rank, t.created_at, t.id";
            case created -> "t.created_at desc, t.id desc";
            case updated -> "t.updated_at desc, t.id desc";
        };
        if (query.after() != null) {
            switch (query.sort()) {
                case priority -> {
                    where.add("(t.priority_rank, t.created_at, t.id) > (:afterRank, :afterTime, :afterId)");
                    parameters.put("afterRank", (int) query.after().number(0));
                    parameters.put("afterTime", query.after().instant(1));
                    parameters.put("afterId", query.after().number(2));
                }
                case created, updated -> {
                    String column = query.sort() == TicketSort.created ? "t.created_at" : "t.updated_at";
                    where.add("(" + column + ", t.id) < (:afterTime, :afterId)");
                    parameters.put("afterTime", query.after().instant(0));
                    parameters.put("afterId", query.after().number(1));
                }
            }
        }
        String filters = where.isEmpty() ? "true" : String.join(" and ", where);
        String joins = """
                  join customer c on c.id = t.customer_id
                  left join queue q on q.id = t.queue_id
                  left join app_user a on a.id = t.assignee_id
                """;
        if (query.tsquery() == null) {
            String sql = "select " + SUMMARY_COLUMNS + " from ticket t " + joins + " where " + filters + " order by "
                    + orderBy + " limit " + limit;
            return NativeQueries.list(getEntityManager(), sql, parameters, row -> row);
        }
        // A common word fills a page within the first rows of the list: look there first, in order.
        String walk = "select " + SUMMARY_COLUMNS
                + " from (select * from ticket t where " + filters + " order by " + orderBy + " limit " + WALK_ROWS
                + ") t " + joins + " where " + TEXT_MATCH + " order by " + orderBy + " limit " + limit;
        planTextSearch(false);
        try {
            List<Row> page = NativeQueries.list(getEntityManager(), walk, parameters, row -> row);
            if (page.size() == limit) {
                return page;
            }
        } finally {
            resetPlanner();
        }
        // Rarer words: fetch their few tickets and sort them, or walk the whole list in order.
        List<Long> matches = textMatches(query.tsquery(), RARE_TEXT_MATCHES);
        if (matches.size() < RARE_TEXT_MATCHES) {
            parameters.put("matches", matches.toArray(Long[]::new));
            String sql = "select " + SUMMARY_COLUMNS + " from ticket t " + joins + " where " + filters
                    + " and t.id = any(:matches) order by " + orderBy + " limit " + limit;
            return NativeQueries.list(getEntityManager(), sql, parameters, row -> row);
        }
        String sql = "select " + SUMMARY_COLUMNS + " from ticket t " + joins + " where " + filters + " and "
                + TEXT_MATCH + " order by " + orderBy + " limit " + limit;
        planTextSearch(false);
        try {
            return NativeQueries.list(getEntityManager(), sql, parameters, row -> row);
        } finally {
            resetPlanner();
        }
    }

    /**
     * The tickets matching a text query, no more than {@code cap} of them. Planned as a bitmap scan
     * of the text indexes on purpose: it is the one plan that is fast however rare or common the
     * words are.
     */
    private List<Long> textMatches(String tsquery, int cap) {
        planTextSearch(true);
        try {
            return NativeQueries.list(
                    getEntityManager(),
                    "select t.id from ticket t where " + TEXT_MATCH + " limit :cap",
                    Map.of("tsquery", tsquery, "cap", cap),
                    row -> row.getLong("id"));
        } finally {
            resetPlanner();
        }
    }

    /**
     * Steers the plan of the next text searches in this transaction. PostgreSQL cannot estimate
     * how many tickets a word matches well enough to choose between walking a list's index in
     * order (right for common words) and collecting the matches first (right for rare ones), so
     * {@link #search} decides: it walks the first {@value #WALK_ROWS} rows of the list; if they hold
     * no full page it collects up to {@value #RARE_TEXT_MATCHES} matches ({@link #textMatches}) and
     * sorts those; only a word matching more walks the whole list. A sequential scan is never
     * right: it would read every ticket's conversation.
     */
    private void planTextSearch(boolean collectMatches) {
        NativeQueries.first(
                getEntityManager(),
                "select set_config('enable_indexscan', :indexScan, true), set_config('enable_seqscan', 'off', true),"
                        + " set_config('plan_cache_mode', 'force_custom_plan', true)",
                Map.of("indexScan", collectMatches ? "off" : "on"),
                row -> row);
    }

    private void resetPlanner() {
        NativeQueries.first(
                getEntityManager(),
                "select set_config('enable_indexscan', 'on', true), set_config('enable_seqscan', 'on', true),"
                        + " set_config('plan_cache_mode', 'auto', true)",
                Map.of(),
                row -> row);
    }

    /** Names of the queue and people a ticket points to. */
    Row findNames(Long queueId, Long assigneeId, Long receivedById) {
        return NativeQueries.first(
                        getEntityManager(),
                        """
                        select (select name from queue where id = :queue) as queue_name,
                               (select name from app_user where id = :assignee) as assignee_name,
                               (select name from app_user where id = :receivedBy) as received_by_name
                        """,
                        Map.of(
                                "queue", queueId == null ? -1L : queueId,
                                "assignee", assigneeId == null ? -1L : assigneeId,
                                "receivedBy", receivedById == null ? -1L : receivedById),
                        row -> row)
                .orElseThrow();
    }

    /** Current names of users, queues and customers, for values in the actions-taken log. */
    Map<String, String> findNames(List<Long> userIds, List<Long> queueIds, List<Long> customerIds) {
        if (userIds.isEmpty() && queueIds.isEmpty() && customerIds.isEmpty()) {
            return Map.of();
        }
        return NativeQueries.list(
                        getEntityManager(),
                        """
                        select 'user:' || id as ref, name from app_user where id = any(cast(:users as bigint[]))
                        union all
                        select 'queue:' || id, name from queue where id = any(cast(:queues as bigint[]))
                        union all
                        select 'customer:' || id, name from customer where id = any(cast(:customers as bigint[]))
                        """,
                        Map.of("users", array(userIds), "queues", array(queueIds), "customers", array(customerIds)),
                        row -> Map.entry(row.getString("ref"), row.getString("name")))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static void range(
            List<String> where,
            Map<String, Object> parameters,
            String column,
            String fromName,
            Object from,
            String toName,
            Object to) {
        if (from != null) {
            where.add(column + " >= :" + fromName);
            parameters.put(fromName, from);
        }
        if (to != null) {
            where.add(column + " < :" + toName);
            parameters.put(toName, to);
        }
    }

    private static String literals(java.util.stream.Stream<String> values) {
        return values.map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
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
