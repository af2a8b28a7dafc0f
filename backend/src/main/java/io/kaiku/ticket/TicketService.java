package io.kaiku.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiku.common.Caller;
import io.kaiku.common.ConflictException;
import io.kaiku.common.Cursor;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.PreconditionFailedException;
import io.kaiku.common.Reference;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.SqlValues;
import io.kaiku.customer.CustomerService;
import io.kaiku.customer.CustomerView;
import io.kaiku.identity.UserService;
import io.kaiku.queue.QueueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Opening, finding, listing and changing tickets; every change is logged as ticket events. */
@ApplicationScoped
public class TicketService {
    /** Up to this many matching tickets, a text search collects them all and sorts them. */
    private static final int RARE_TEXT_MATCHES = 2_000;

    static final String UNSOLVED_SQL =
            sqlList(TicketStatus.UNSOLVED.stream().map(TicketStatus::value).toList());

    private final TicketRepository tickets;
    private final TicketHistory history;
    private final CustomerService customers;
    private final QueueService queues;
    private final UserService users;
    private final Clock clock;

    public TicketService(
            TicketRepository tickets,
            TicketHistory history,
            CustomerService customers,
            QueueService queues,
            UserService users,
            Clock clock) {
        this.tickets = tickets;
        this.history = history;
        this.customers = customers;
        this.queues = queues;
        this.users = users;
        this.clock = clock;
    }

    /** Staff or a tool logs a contact. */
    @Transactional
    public TicketView open(CreateTicketRequest request, Caller caller) {
        // The references are checked and named once, up front; the answer reuses them.
        CustomerView customer = customers.requireView("customerId", request.customerId());
        Reference queue = request.queueId() == null ? null : queues.requireActive("queueId", request.queueId());
        Reference assignee = request.assigneeId() == null ? null : requireStaff("assigneeId", request.assigneeId());
        Reference receivedBy = request.receivedById() == null || request.receivedById() == caller.userId()
                ? new Reference(caller.userId(), caller.name())
                : requireStaff("receivedById", request.receivedById());
        Instant now = clock.instant();
        Ticket ticket = newTicket(
                request.subject(),
                request.description(),
                request.channel(),
                request.customerId(),
                request.queueId(),
                now);
        if (request.priority() != null) {
            ticket.changePriority(request.priority());
        }
        ticket.markCustomerLosingMoney(Boolean.TRUE.equals(request.customerLosingMoney()));
        ticket.assigneeId = request.assigneeId();
        ticket.receivedById = receivedBy.id();
        ticket.tags = normaliseTags(request.tags(), "tags");
        ticket.promisedBy = request.promisedBy();
        ticket.agreedSolution = blankToNull(request.agreedSolution());
        ticket.followUpAt = request.followUpAt();
        ticket.preventionSuggestion = blankToNull(request.preventionSuggestion());
        persistNew(ticket, caller, now);
        return view(ticket, queue, assignee, receivedBy, customer);
    }

    /** A customer submits a request through the portal. */
    @Transactional
    public Ticket openForCustomer(Caller caller, String subject, String description, Long queueId) {
        if (queueId != null) {
            queues.requireActive("queueId", queueId);
        }
        Instant now = clock.instant();
        Ticket ticket = newTicket(subject, description, Channel.web, caller.customerId(), queueId, now);
        persistNew(ticket, caller, now);
        return ticket;
    }

    @Transactional
    public TicketView get(long id) {
        return view(require(id));
    }

    /** A ticket the caller may see: staff see all, a customer only their own (others are "not found"). */
    @Transactional
    public Ticket requireVisible(long id, Caller caller) {
        Ticket ticket = require(id);
        if (caller.isCustomer() && (caller.customerId() == null || ticket.customerId != caller.customerId())) {
            throw notFound(id);
        }
        return ticket;
    }

    @Transactional
    public TicketView update(long id, UpdateTicketRequest request, Long ifMatch, Caller caller) {
        Ticket ticket = tickets.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (ifMatch != null && ifMatch != ticket.version) {
            throw new PreconditionFailedException(
                    "ticket.version-conflict",
                    "Someone else changed this ticket (now version " + ticket.version + ").");
        }
        if (ifMatch == null && request.version != null && request.version != ticket.version) {
            throw new ConflictException(
                    "ticket.version-conflict",
                    "Someone else changed this ticket (now version " + ticket.version + ").");
        }
        ticket.requireNotClosed();
        Instant now = clock.instant();
        TicketHistory.Recorder log = history.record(id, caller.userId(), now);
        Object[] oldNames = tickets.findNames(ticket.queueId, ticket.assigneeId, ticket.receivedById);

        if (request.subject != null) {
            String subject = required(request.subject, "subject").strip();
            log.change(TicketEventType.field_changed, "subject", ticket.subject, subject);
            ticket.subject = subject;
        }
        if (request.description != null) {
            String description =
                    request.description.map(TicketService::blankToNull).orElse(null);
            log.change(TicketEventType.field_changed, "description", ticket.description, description);
            ticket.description = description;
        }
        if (request.channel != null) {
            Channel channel = required(request.channel, "channel");
            log.change(TicketEventType.field_changed, "channel", ticket.channel, channel);
            ticket.channel = channel;
        }
        if (request.customerId != null) {
            long customerId = required(request.customerId, "customerId");
            if (customerId != ticket.customerId) {
                Reference from = customers.requireReference("customerId", ticket.customerId);
                Reference to = customers.requireReference("customerId", customerId);
                log.add(TicketEventType.customer_changed, "customer", from.name(), to.name(), null);
                ticket.customerId = customerId;
            }
        }
        if (request.queueId != null) {
            Long queueId = request.queueId.orElse(null);
            if (!java.util.Objects.equals(queueId, ticket.queueId)) {
                String name = queueId == null
                        ? null
                        : queues.requireActive("queueId", queueId).name();
                log.add(TicketEventType.queue_changed, "queue", oldNames[0], name, null);
                ticket.queueId = queueId;
            }
        }
        if (request.assigneeId != null) {
            Long assigneeId = request.assigneeId.orElse(null);
            if (!java.util.Objects.equals(assigneeId, ticket.assigneeId)) {
                String name = assigneeId == null
                        ? null
                        : requireStaff("assigneeId", assigneeId).name();
                log.add(TicketEventType.assignee_changed, "assignee", oldNames[1], name, null);
                ticket.assigneeId = assigneeId;
            }
        }
        if (request.receivedById != null) {
            Long receivedById = request.receivedById.orElse(null);
            if (!java.util.Objects.equals(receivedById, ticket.receivedById)) {
                String name = receivedById == null
                        ? null
                        : requireStaff("receivedById", receivedById).name();
                log.add(TicketEventType.field_changed, "receivedBy", oldNames[2], name, null);
                ticket.receivedById = receivedById;
            }
        }
        if (request.tags != null) {
            List<String> tags = normaliseTags(request.tags.orElse(List.of()), "tags");
            log.change(TicketEventType.tags_changed, "tags", String.join(", ", ticket.tags), String.join(", ", tags));
            ticket.tags = tags;
        }
        if (request.promisedBy != null) {
            Instant promisedBy = request.promisedBy.orElse(null);
            log.change(TicketEventType.field_changed, "promisedBy", ticket.promisedBy, promisedBy);
            ticket.promisedBy = promisedBy;
        }
        if (request.agreedSolution != null) {
            String value =
                    request.agreedSolution.map(TicketService::blankToNull).orElse(null);
            log.change(TicketEventType.field_changed, "agreedSolution", ticket.agreedSolution, value);
            ticket.agreedSolution = value;
        }
        if (request.followUpAt != null) {
            Instant followUpAt = request.followUpAt.orElse(null);
            log.change(TicketEventType.field_changed, "followUpAt", ticket.followUpAt, followUpAt);
            ticket.followUpAt = followUpAt;
        }
        if (request.preventionSuggestion != null) {
            String value =
                    request.preventionSuggestion.map(TicketService::blankToNull).orElse(null);
            log.change(TicketEventType.field_changed, "preventionSuggestion", ticket.preventionSuggestion, value);
            ticket.preventionSuggestion = value;
        }
        if (request.resolutionSummary != null) {
            String value =
                    request.resolutionSummary.map(TicketService::blankToNull).orElse(null);
            log.change(TicketEventType.field_changed, "resolutionSummary", ticket.resolutionSummary, value);
            ticket.resolutionSummary = value;
        }
        applyPriority(ticket, request, log);
        if (request.status != null) {
            TicketStatus status = required(request.status, "status");
            TicketStatus before = ticket.getStatus();
            ticket.changeStatus(status, now);
            log.change(TicketEventType.status_changed, "status", before.value(), status.value());
        }
        if (log.isEmpty()) {
            return view(ticket);
        }
        ticket.updatedAt = now;
        log.commit();
        tickets.flush();
        return view(ticket);
    }

    /** Priority and the losing-money flag together: clearing the flag first lets a patch also lower the priority. */
    private static void applyPriority(Ticket ticket, UpdateTicketRequest request, TicketHistory.Recorder log) {
        TicketPriority before = ticket.getPriority();
        boolean flagBefore = ticket.isCustomerLosingMoney();
        Boolean flag = request.customerLosingMoney == null
                ? null
                : required(request.customerLosingMoney, "customerLosingMoney");
        if (Boolean.FALSE.equals(flag)) {
            ticket.markCustomerLosingMoney(false);
        }
        if (request.priority != null) {
            ticket.changePriority(required(request.priority, "priority"));
        }
        if (Boolean.TRUE.equals(flag)) {
            ticket.markCustomerLosingMoney(true);
        }
        log.change(TicketEventType.field_changed, "customerLosingMoney", flagBefore, ticket.isCustomerLosingMoney());
        log.change(TicketEventType.priority_changed, "priority", before, ticket.getPriority());
    }

    @Transactional
    public TicketPage list(TicketFilter filter, Caller caller) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            // Literals (from the enum, so safe) rather than parameters: only then can the planner
            // match the partial indexes of unsolved tickets.
            where.add("t.status in ("
                    + sqlList(new java.util.TreeSet<>(filter.statuses())
                            .stream().map(TicketStatus::value).toList()) + ")");
        }
        if (filter.priorities() != null && !filter.priorities().isEmpty()) {
            where.add("t.priority in ("
                    + sqlList(filter.priorities().stream()
                            .distinct()
                            .map(Enum::name)
                            .toList()) + ")");
        }
        if (filter.queueId() != null) {
            where.add("t.queue_id = :queueId");
            parameters.put("queueId", filter.queueId());
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            switch (filter.assignee()) {
                case "me" -> {
                    where.add("t.assignee_id = :assigneeId");
                    parameters.put("assigneeId", caller.userId());
                }
                case "unassigned" -> where.add("t.assignee_id is null");
                default -> {
                    where.add("t.assignee_id = :assigneeId");
                    parameters.put("assigneeId", parseId(filter.assignee(), "assignee"));
                }
            }
        }
        if (filter.customerId() != null) {
            where.add("t.customer_id = :customerId");
            parameters.put("customerId", filter.customerId());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.add("t.tags @> array[cast(:tag as text)]");
            parameters.put("tag", normaliseTag(filter.tag(), "tag"));
        }
        if (filter.channel() != null) {
            where.add("t.channel = '" + filter.channel().name() + "'");
        }
        addRange(
                where,
                parameters,
                "t.created_at",
                "createdFrom",
                filter.createdFrom(),
                "createdTo",
                filter.createdTo());
        addRange(
                where,
                parameters,
                "t.updated_at",
                "updatedFrom",
                filter.updatedFrom(),
                "updatedTo",
                filter.updatedTo());
        addTextSearch(where, parameters, filter.text());

        TicketSort sort = filter.sort() == null ? TicketSort.priority : filter.sort();
        String orderBy = switch (sort) {
            case priority -> "t.priority_rank, t.created_at, t.id";
            case created -> "t.created_at desc, t.id desc";
            case updated -> "t.updated_at desc, t.id desc";
        };
        if (filter.cursor() != null) {
            addCursor(where, parameters, sort, filter.cursor());
        }
        String condition = where.isEmpty() ? "true" : String.join(" and ", where);
        // Rare words: fetch their few tickets and sort them. Common words: walk the list in order.
        boolean textSearch = parameters.containsKey("tsquery");
        if (textSearch) {
            String tsquery = (String) parameters.get("tsquery");
            tickets.planTextSearch(tickets.countTextMatches(tsquery, RARE_TEXT_MATCHES) < RARE_TEXT_MATCHES);
        }
        List<Object[]> rows = tickets.findSummaries(condition, orderBy, parameters, filter.limit() + 1);
        if (textSearch) {
            tickets.resetPlanner();
        }
        List<TicketSummary> items = rows.stream()
                .limit(filter.limit())
                .map(TicketService::toSummary)
                .toList();
        String next = rows.size() > filter.limit() ? cursorAfter(rows.get(filter.limit() - 1), sort) : null;
        return new TicketPage(items, next);
    }

    @Transactional
    public TicketCounts counts(Caller caller) {
        Object[] row = tickets.countViews(caller.userId(), UNSOLVED_SQL);
        List<QueueCount> queueCounts = tickets.countOpenByQueue(UNSOLVED_SQL).stream()
                .map(r -> new QueueCount(
                        new Reference(SqlValues.toPrimitiveLong(r[0]), (String) r[1]), SqlValues.toPrimitiveLong(r[2])))
                .toList();
        return new TicketCounts(
                SqlValues.toPrimitiveLong(row[0]),
                SqlValues.toPrimitiveLong(row[1]),
                SqlValues.toPrimitiveLong(row[2]),
                SqlValues.toPrimitiveLong(row[3]),
                SqlValues.toPrimitiveLong(row[4]),
                queueCounts);
    }

    @Transactional
    public Workload workload() {
        Map<Long, WorkloadCounter> agents = new LinkedHashMap<>();
        users.activeStaff().forEach(agent -> agents.put(agent.id(), new WorkloadCounter(agent)));
        WorkloadCounter unassigned = new WorkloadCounter(null);
        for (Object[] row : tickets.countOpenGrouped("assignee_id", "app_user", UNSOLVED_SQL)) {
            Long id = SqlValues.toLong(row[0]);
            WorkloadCounter counter = id == null
                    ? unassigned
                    : agents.computeIfAbsent(id, key -> new WorkloadCounter(new Reference(key, (String) row[1])));
            counter.add((String) row[2], (String) row[3], SqlValues.toPrimitiveLong(row[4]));
        }
        Map<Long, WorkloadCounter> queueCounters = new LinkedHashMap<>();
        queues.list(true).forEach(q -> queueCounters.put(q.id(), new WorkloadCounter(new Reference(q.id(), q.name()))));
        WorkloadCounter noQueue = new WorkloadCounter(null);
        for (Object[] row : tickets.countOpenGrouped("queue_id", "queue", UNSOLVED_SQL)) {
            Long id = SqlValues.toLong(row[0]);
            WorkloadCounter counter = id == null
                    ? noQueue
                    : queueCounters.computeIfAbsent(
                            id, key -> new WorkloadCounter(new Reference(key, (String) row[1])));
            counter.add((String) row[2], (String) row[3], SqlValues.toPrimitiveLong(row[4]));
        }
        List<WorkloadRow> queueRows = new ArrayList<>(
                queueCounters.values().stream().map(WorkloadCounter::row).toList());
        if (noQueue.total > 0) {
            queueRows.add(noQueue.row());
        }
        return new Workload(agents.values().stream().map(WorkloadCounter::row).toList(), unassigned.row(), queueRows);
    }

    /** Solved and closed tickets changed after a point, oldest change first (keyset on updated time and id). */
    @Transactional
    public List<SolvedTicket> solvedChangedAfter(Instant updatedAfter, long afterId, int limit) {
        return tickets.findSolvedChangedAfter(updatedAfter, afterId, limit).stream()
                .map(t ->
                        new SolvedTicket(t.id, t.displayNumber(), t.subject, t.description, t.customerId, t.updatedAt))
                .toList();
    }

    Ticket require(long id) {
        return tickets.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    TicketView view(Ticket ticket) {
        Object[] names = tickets.findNames(ticket.queueId, ticket.assigneeId, ticket.receivedById);
        return view(
                ticket,
                Reference.of(ticket.queueId, (String) names[0]),
                Reference.of(ticket.assigneeId, (String) names[1]),
                Reference.of(ticket.receivedById, (String) names[2]),
                customers.get(ticket.customerId));
    }

    private static TicketView view(
            Ticket ticket, Reference queue, Reference assignee, Reference receivedBy, CustomerView customer) {
        return new TicketView(
                ticket.id,
                ticket.displayNumber(),
                ticket.subject,
                ticket.description,
                ticket.channel,
                ticket.getStatus(),
                ticket.getPriority(),
                ticket.isCustomerLosingMoney(),
                queue,
                assignee,
                receivedBy,
                customer,
                List.copyOf(ticket.tags),
                ticket.createdAt,
                ticket.updatedAt,
                ticket.firstResponseAt,
                ticket.getSolvedAt(),
                ticket.getClosedAt(),
                ticket.promisedBy,
                ticket.agreedSolution,
                ticket.followUpAt,
                ticket.preventionSuggestion,
                ticket.resolutionSummary,
                ticket.version);
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("ticket.not-found", "No ticket with id " + id + ".");
    }

    private Ticket newTicket(
            String subject, String description, Channel channel, long customerId, Long queueId, Instant now) {
        Ticket ticket = new Ticket();
        ticket.number = tickets.nextNumber();
        ticket.subject = subject.strip();
        ticket.description = blankToNull(description);
        ticket.channel = channel;
        ticket.customerId = customerId;
        ticket.queueId = queueId;
        ticket.createdAt = now;
        ticket.updatedAt = now;
        return ticket;
    }

    private void persistNew(Ticket ticket, Caller caller, Instant now) {
        tickets.persist(ticket);
        history.record(ticket.id, caller.userId(), now)
                .add(TicketEventType.created, "channel", null, ticket.channel.name(), null)
                .commit();
    }

    private Reference requireStaff(String field, long userId) {
        return users.findActiveStaff(userId)
                .orElseThrow(() -> new InvalidRequestException(
                        field, "not-found", "No active staff member with id " + userId + "."));
    }

    private static void addRange(
            List<String> where,
            Map<String, Object> parameters,
            String column,
            String fromName,
            Instant from,
            String toName,
            Instant to) {
        if (from != null) {
            where.add(column + " >= :" + fromName);
            parameters.put(fromName, from);
        }
        if (to != null) {
            where.add(column + " < :" + toName);
            parameters.put(toName, to);
        }
    }

    private static void addTextSearch(List<String> where, Map<String, Object> parameters, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Optional<Long> number = TicketNumbers.parse(text);
        if (number.isPresent()) {
            where.add("t.number = :number");
            parameters.put("number", number.get());
            return;
        }
        // Every word must match, each as a prefix, so "invo dou" finds "invoice charged double".
        String query = java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(10)
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
        if (query.isEmpty()) {
            return;
        }
        where.add(
                "(t.search @@ to_tsquery('simple', :tsquery) or t.conversation_search @@ to_tsquery('simple', :tsquery))");
        parameters.put("tsquery", query);
    }

    private static void addCursor(List<String> where, Map<String, Object> parameters, TicketSort sort, String cursor) {
        int parts = sort == TicketSort.priority ? 4 : 3;
        List<String> values = Cursor.decode(cursor, parts);
        if (!values.get(0).equals(sort.name())) {
            throw new InvalidRequestException(
                    "cursor", "invalid", "The cursor belongs to a list with another sort order.");
        }
        if (sort == TicketSort.priority) {
            where.add("(t.priority_rank, t.created_at, t.id) > (:afterRank, :afterTime, :afterId)");
            parameters.put("afterRank", (int) Cursor.decodeLong(values.get(1)));
            parameters.put("afterTime", fromMicros(Cursor.decodeLong(values.get(2))));
            parameters.put("afterId", Cursor.decodeLong(values.get(3)));
        } else {
            String column = sort == TicketSort.created ? "t.created_at" : "t.updated_at";
            where.add("(" + column + ", t.id) < (:afterTime, :afterId)");
            parameters.put("afterTime", fromMicros(Cursor.decodeLong(values.get(1))));
            parameters.put("afterId", Cursor.decodeLong(values.get(2)));
        }
    }

    private static String cursorAfter(Object[] row, TicketSort sort) {
        String id = row[0].toString();
        return switch (sort) {
            case priority ->
                Cursor.encode(List.of(sort.name(), row[17].toString(), micros(SqlValues.toInstant(row[14])), id));
            case created -> Cursor.encode(List.of(sort.name(), micros(SqlValues.toInstant(row[14])), id));
            case updated -> Cursor.encode(List.of(sort.name(), micros(SqlValues.toInstant(row[15])), id));
        };
    }

    private static String micros(Instant instant) {
        return Long.toString(
                Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000));
    }

    private static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    static TicketSummary toSummary(Object[] row) {
        return new TicketSummary(
                SqlValues.toPrimitiveLong(row[0]),
                TicketNumbers.format(SqlValues.toPrimitiveLong(row[1])),
                (String) row[2],
                TicketStatus.fromString((String) row[3]),
                TicketPriority.valueOf((String) row[4]),
                SqlValues.toBoolean(row[5]),
                Channel.valueOf((String) row[6]),
                Reference.of(SqlValues.toLong(row[7]), (String) row[8]),
                Reference.of(SqlValues.toLong(row[9]), (String) row[10]),
                new Reference(SqlValues.toPrimitiveLong(row[11]), (String) row[12]),
                SqlValues.toTextList(row[13]),
                SqlValues.toInstant(row[14]),
                SqlValues.toInstant(row[15]),
                SqlValues.toInstant(row[16]));
    }

    static List<String> normaliseTags(Collection<String> tags, String field) {
        if (tags == null) {
            return new ArrayList<>();
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String tag : tags) {
            result.add(normaliseTag(tag, field));
        }
        return new ArrayList<>(result);
    }

    static String normaliseTag(String tag, String field) {
        String normalised = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (normalised.isEmpty() || normalised.length() > 50 || !normalised.matches("[\\p{L}\\p{N}_.:/-]+")) {
            throw new InvalidRequestException(
                    field, "invalid", "Tags are 1 to 50 letters, digits or the marks - _ . : / (got '" + tag + "').");
        }
        return normalised;
    }

    private static long parseId(String value, String field) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "invalid", "Use a user id, 'me' or 'unassigned'.");
        }
    }

    private static <T> T required(Optional<T> value, String field) {
        return value.orElseThrow(() -> new InvalidRequestException(field, "required", "This field cannot be cleared."));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String sqlList(Collection<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }

    /** Counts open tickets of one agent or queue by status and priority. */
    private static final class WorkloadCounter {
        private final Reference ref;
        private final Map<String, Long> byStatus = new HashMap<>();
        private final Map<String, Long> byPriority = new HashMap<>();
        private long total;

        WorkloadCounter(Reference ref) {
            this.ref = ref;
        }

        void add(String status, String priority, long count) {
            byStatus.merge(status, count, Long::sum);
            byPriority.merge(priority, count, Long::sum);
            total += count;
        }

        WorkloadRow row() {
            Function<String, Long> status = key -> byStatus.getOrDefault(key, 0L);
            Function<String, Long> priority = key -> byPriority.getOrDefault(key, 0L);
            return new WorkloadRow(
                    ref,
                    total,
                    new StatusCounts(
                            status.apply("new"),
                            status.apply("open"),
                            status.apply("pending"),
                            status.apply("on_hold")),
                    new PriorityCounts(
                            priority.apply("low"),
                            priority.apply("normal"),
                            priority.apply("high"),
                            priority.apply("urgent")));
        }
    }
}
