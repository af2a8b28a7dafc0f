package io.kaiku.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.kaiku.common.Actor;
import io.kaiku.common.ActorType;
import io.kaiku.common.ExpectedVersion;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.Reference;
import io.kaiku.customer.CustomerService;
import io.kaiku.customer.CustomerView;
import io.kaiku.identity.UserService;
import io.kaiku.queue.QueueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The one way to change a ticket. Agents, tools, the portal, channels, macros, rules and timers all
 * come through here with a domain change and a typed actor; each method is one use case that locks
 * the ticket, applies the ticket's own rules, writes its events as one batch and an outbox event,
 * all in one transaction.
 */
@ApplicationScoped
public class TicketCommands {
    private final TicketRepository tickets;
    private final MessageRepository messages;
    private final AttachmentRepository attachments;
    private final CompensationRepository compensations;
    private final TicketEvents events;
    private final CustomerService customers;
    private final QueueService queues;
    private final UserService users;
    private final MessageBodies bodies;
    private final CompensationConfig config;
    private final Clock clock;

    TicketCommands(
            TicketRepository tickets,
            MessageRepository messages,
            AttachmentRepository attachments,
            CompensationRepository compensations,
            TicketEvents events,
            CustomerService customers,
            QueueService queues,
            UserService users,
            MessageBodies bodies,
            CompensationConfig config,
            Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.attachments = attachments;
        this.compensations = compensations;
        this.events = events;
        this.customers = customers;
        this.queues = queues;
        this.users = users;
        this.bodies = bodies;
        this.config = config;
        this.clock = clock;
    }

    /** A ticket just opened, with what it points to already looked up (so its view needs no second read). */
    public record Opened(
            Ticket ticket, CustomerView customer, Reference queue, Reference assignee, Reference receivedBy) {}

    @Transactional
    public Opened open(NewTicket request, Actor actor) {
        CustomerView customer = customers.requireView("customerId", request.customerId());
        Reference queue = request.queueId() == null ? null : queues.requireActive("queueId", request.queueId());
        Reference assignee = request.assigneeId() == null ? null : requireStaff("assigneeId", request.assigneeId());
        Reference receivedBy = request.receivedById() == null
                ? null
                : Objects.equals(request.receivedById(), request.assigneeId())
                        ? assignee
                        : requireStaff("receivedById", request.receivedById());
        Instant now = clock.instant();
        Ticket ticket = new Ticket();
        ticket.number = tickets.nextNumber();
        ticket.subject = request.subject().strip();
        ticket.description = blankToNull(request.description());
        ticket.channel = request.channel();
        ticket.customerId = request.customerId();
        ticket.queueId = request.queueId();
        ticket.assigneeId = request.assigneeId();
        ticket.receivedById = request.receivedById();
        ticket.createdAt = now;
        ticket.updatedAt = now;
        if (request.priority() != null) {
            ticket.changePriority(request.priority());
        }
        ticket.markCustomerLosingMoney(request.customerLosingMoney());
        ticket.tags = Tags.normalise(request.tags(), "tags");
        ticket.promisedBy = request.promisedBy();
        ticket.agreedSolution = blankToNull(request.agreedSolution());
        ticket.followUpAt = request.followUpAt();
        ticket.preventionSuggestion = blankToNull(request.preventionSuggestion());
        TicketEvents.Batch log = events.begin(ticket, actor, now);
        tickets.persist(ticket);
        log.add(TicketEventType.created, null, null, EventValue.channel(ticket.channel), null, null);
        log.publish();
        return new Opened(ticket, customer, queue, assignee, receivedBy);
    }

    @Transactional
    public Ticket change(long ticketId, TicketChange change, Actor actor, ExpectedVersion expected) {
        Ticket ticket = lock(ticketId);
        expected.check(ticket.version, "ticket");
        ticket.requireNotClosed();
        Instant now = clock.instant();
        TicketEvents.Batch log = events.begin(ticket, actor, now);

        if (change.subject != null) {
            String subject = change.subject.strip();
            log.change(
                    TicketEventType.field_changed,
                    "subject",
                    EventValue.text(ticket.subject),
                    EventValue.text(subject));
            ticket.subject = subject;
        }
        if (change.description != null) {
            String description =
                    change.description.map(TicketCommands::blankToNull).orElse(null);
            log.change(
                    TicketEventType.field_changed,
                    "description",
                    EventValue.text(ticket.description),
                    EventValue.text(description));
            ticket.description = description;
        }
        if (change.channel != null) {
            log.change(
                    TicketEventType.field_changed,
                    "channel",
                    EventValue.channel(ticket.channel),
                    EventValue.channel(change.channel));
            ticket.channel = change.channel;
        }
        if (change.customerId != null && change.customerId != ticket.customerId) {
            customers.requireReference("customerId", change.customerId);
            log.add(
                    TicketEventType.customer_changed,
                    "customer",
                    EventValue.customer(ticket.customerId),
                    EventValue.customer(change.customerId),
                    null,
                    null);
            ticket.customerId = change.customerId;
        }
        if (change.queueId != null) {
            Long queueId = change.queueId.orElse(null);
            if (!Objects.equals(queueId, ticket.queueId)) {
                if (queueId != null) {
                    queues.requireActive("queueId", queueId);
                }
                log.add(
                        TicketEventType.queue_changed,
                        "queue",
                        EventValue.queue(ticket.queueId),
                        EventValue.queue(queueId),
                        null,
                        null);
                ticket.queueId = queueId;
            }
        }
        if (change.assigneeId != null) {
            Long assigneeId = change.assigneeId.orElse(null);
            if (!Objects.equals(assigneeId, ticket.assigneeId)) {
                if (assigneeId != null) {
                    requireStaff("assigneeId", assigneeId);
                }
                log.add(
                        TicketEventType.assignee_changed,
                        "assignee",
                        EventValue.user(ticket.assigneeId),
                        EventValue.user(assigneeId),
                        null,
                        null);
                ticket.assigneeId = assigneeId;
            }
        }
        if (change.receivedById != null) {
            Long receivedById = change.receivedById.orElse(null);
            if (!Objects.equals(receivedById, ticket.receivedById)) {
                if (receivedById != null) {
                    requireStaff("receivedById", receivedById);
                }
                log.add(
                        TicketEventType.field_changed,
                        "receivedBy",
                        EventValue.user(ticket.receivedById),
                        EventValue.user(receivedById),
                        null,
                        null);
                ticket.receivedById = receivedById;
            }
        }
        List<String> tags = changedTags(ticket.tags, change);
        if (tags != null) {
            log.change(TicketEventType.tags_changed, "tags", EventValue.tags(ticket.tags), EventValue.tags(tags));
            ticket.tags = tags;
        }
        if (change.promisedBy != null) {
            Instant promisedBy = change.promisedBy.orElse(null);
            log.change(
                    TicketEventType.field_changed,
                    "promisedBy",
                    EventValue.datetime(ticket.promisedBy),
                    EventValue.datetime(promisedBy));
            ticket.promisedBy = promisedBy;
        }
        if (change.agreedSolution != null) {
            String value =
                    change.agreedSolution.map(TicketCommands::blankToNull).orElse(null);
            log.change(
                    TicketEventType.field_changed,
                    "agreedSolution",
                    EventValue.text(ticket.agreedSolution),
                    EventValue.text(value));
            ticket.agreedSolution = value;
        }
        if (change.followUpAt != null) {
            Instant followUpAt = change.followUpAt.orElse(null);
            log.change(
                    TicketEventType.field_changed,
                    "followUpAt",
                    EventValue.datetime(ticket.followUpAt),
                    EventValue.datetime(followUpAt));
            ticket.followUpAt = followUpAt;
        }
        if (change.preventionSuggestion != null) {
            String value =
                    change.preventionSuggestion.map(TicketCommands::blankToNull).orElse(null);
            log.change(
                    TicketEventType.field_changed,
                    "preventionSuggestion",
                    EventValue.text(ticket.preventionSuggestion),
                    EventValue.text(value));
            ticket.preventionSuggestion = value;
        }
        if (change.resolutionSummary != null) {
            String value =
                    change.resolutionSummary.map(TicketCommands::blankToNull).orElse(null);
            log.change(
                    TicketEventType.field_changed,
                    "resolutionSummary",
                    EventValue.text(ticket.resolutionSummary),
                    EventValue.text(value));
            ticket.resolutionSummary = value;
        }
        applyPriority(ticket, change, log);
        if (change.status != null) {
            TicketStatus before = ticket.getStatus();
            ticket.changeStatus(change.status, now);
            log.change(
                    TicketEventType.status_changed,
                    "status",
                    EventValue.status(before),
                    EventValue.status(change.status));
        }
        return finish(ticket, log);
    }

    /**
     * Adds a reply or note. Our side's first reply is the first response and moves a new ticket to
     * open; a reply from the customer's side reopens a solved or pending ticket.
     */
    @Transactional
    public Message addMessage(long ticketId, NewMessage request, Actor actor) {
        Ticket ticket = lock(ticketId);
        ticket.requireNotClosed();
        boolean customerSide = isCustomerSide(actor);
        if (customerSide && (request.kind() != MessageKind.reply || request.status() != null)) {
            throw new InvalidRequestException("kind", "not-allowed", "Customers can only reply.");
        }
        String html = bodies.sanitise(request.html());
        String text = bodies.toText(html);
        if (text.isBlank() && request.attachmentIds().isEmpty()) {
            throw new InvalidRequestException(
                    "body", "required", "The message is empty once unsafe markup is removed.");
        }
        Instant now = clock.instant();
        Message message = new Message();
        message.ticketId = ticket.id;
        message.kind = request.kind();
        message.writtenBy(actor);
        message.bodyHtml = html;
        message.bodyText = text;
        message.createdAt = now;
        messages.persist(message);
        attach(message, request.attachmentIds(), actor);

        TicketEvents.Batch log = events.begin(ticket, actor, now)
                .add(
                        request.kind() == MessageKind.reply
                                ? TicketEventType.message_added
                                : TicketEventType.note_added,
                        null,
                        null,
                        null,
                        message.id,
                        null);
        TicketStatus before = ticket.getStatus();
        if (customerSide) {
            if (before == TicketStatus.SOLVED || before == TicketStatus.PENDING) {
                ticket.changeStatus(TicketStatus.OPEN, now);
            }
        } else {
            if (request.kind() == MessageKind.reply && ticket.firstResponseAt == null) {
                ticket.firstResponseAt = now;
            }
            if (request.status() != null) {
                ticket.changeStatus(request.status(), now);
            } else if (request.kind() == MessageKind.reply && before == TicketStatus.NEW) {
                ticket.changeStatus(TicketStatus.OPEN, now);
            }
        }
        log.change(
                TicketEventType.status_changed,
                "status",
                EventValue.status(before),
                EventValue.status(ticket.getStatus()));
        finish(ticket, log);
        return message;
    }

    /**
     * Records a compensation given by a staff member. Above the configured amount it needs a
     * manager's approval: given at once when the recorder may approve, otherwise it waits.
     */
    @Transactional
    public Compensation addCompensation(long ticketId, NewCompensation request, long recordedById, boolean mayApprove) {
        Ticket ticket = lock(ticketId);
        if ((request.amount() == null) != (request.currency() == null)) {
            String field = request.amount() == null ? "amount" : "currency";
            throw new InvalidRequestException(field, "required", "An amount and its currency go together.");
        }
        if (request.kind() == CompensationKind.monetary && request.amount() == null) {
            throw new InvalidRequestException("amount", "required", "A monetary compensation needs an amount.");
        }
        Instant now = clock.instant();
        Compensation compensation = new Compensation();
        compensation.ticketId = ticket.id;
        compensation.kind = request.kind();
        compensation.amount = request.amount();
        compensation.currency = request.currency();
        compensation.reason = request.reason().strip();
        compensation.grantedOn =
                request.grantedOn() == null ? LocalDate.ofInstant(now, ZoneOffset.UTC) : request.grantedOn();
        compensation.createdAt = now;
        compensation.createdById = recordedById;
        boolean needsApproval = request.amount() != null && request.amount().compareTo(config.approvalAbove()) > 0;
        if (!needsApproval) {
            compensation.approval = CompensationApproval.not_required;
        } else if (mayApprove) {
            compensation.approval = CompensationApproval.approved;
            compensation.decidedById = recordedById;
            compensation.decidedAt = now;
        } else {
            compensation.approval = CompensationApproval.pending;
        }
        compensations.persist(compensation);
        EventValue what = request.amount() == null
                ? EventValue.compensationKind(request.kind())
                : EventValue.money(request.amount(), request.currency());
        TicketEvents.Batch log = events.begin(ticket, Actor.staff(recordedById), now)
                .add(TicketEventType.compensation_added, "compensation", null, what, null, compensation.id);
        if (compensation.approval == CompensationApproval.approved) {
            log.add(TicketEventType.compensation_approved, "compensation", null, what, null, compensation.id);
        }
        finish(ticket, log);
        return compensation;
    }

    /** A manager approves or rejects a compensation waiting for it. */
    @Transactional
    public Compensation decideCompensation(long compensationId, boolean approve, long managerId) {
        Compensation compensation = compensations
                .findByIdOptional(compensationId)
                .orElseThrow(() -> CompensationService.notFound(compensationId));
        Ticket ticket = lock(compensation.ticketId);
        Instant now = clock.instant();
        compensation.decide(approve, managerId, now);
        EventValue what = compensation.amount == null
                ? EventValue.compensationKind(compensation.kind)
                : EventValue.money(compensation.amount, compensation.currency);
        TicketEvents.Batch log = events.begin(ticket, Actor.staff(managerId), now)
                .add(
                        approve ? TicketEventType.compensation_approved : TicketEventType.compensation_rejected,
                        "compensation",
                        null,
                        what,
                        null,
                        compensation.id);
        finish(ticket, log);
        return compensation;
    }

    private Ticket finish(Ticket ticket, TicketEvents.Batch log) {
        if (log.isEmpty()) {
            return ticket;
        }
        ticket.updatedAt = log.at();
        // The version the events carry is the one this change gives the ticket.
        tickets.flush();
        log.publish();
        return ticket;
    }

    private Ticket lock(long ticketId) {
        return tickets.findForUpdate(ticketId).orElseThrow(() -> TicketService.notFound(ticketId));
    }

    private void attach(Message message, List<Long> ids, Actor actor) {
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            String field = "attachmentIds[" + i + "]";
            Attachment attachment = attachments
                    .findByIdOptional(id)
                    .filter(a -> a.isUploadedBy(actor) && a.messageId == null)
                    .orElseThrow(() -> new InvalidRequestException(
                            field, "not-found", "No unattached upload of yours with id " + id + "."));
            attachment.messageId = message.id;
        }
    }

    /** Priority and the losing-money flag together: clearing the flag first lets a change also lower the priority. */
    private static void applyPriority(Ticket ticket, TicketChange change, TicketEvents.Batch log) {
        TicketPriority before = ticket.getPriority();
        boolean flagBefore = ticket.isCustomerLosingMoney();
        if (Boolean.FALSE.equals(change.customerLosingMoney)) {
            ticket.markCustomerLosingMoney(false);
        }
        if (change.priority != null) {
            ticket.changePriority(change.priority);
        }
        if (Boolean.TRUE.equals(change.customerLosingMoney)) {
            ticket.markCustomerLosingMoney(true);
        }
        log.change(
                TicketEventType.field_changed,
                "customerLosingMoney",
                EventValue.flag(flagBefore),
                EventValue.flag(ticket.isCustomerLosingMoney()));
        log.change(
                TicketEventType.priority_changed,
                "priority",
                EventValue.priority(before),
                EventValue.priority(ticket.getPriority()));
    }

    private static List<String> changedTags(List<String> current, TicketChange change) {
        if (change.tags == null && change.addTags.isEmpty() && change.removeTags.isEmpty()) {
            return null;
        }
        LinkedHashSet<String> tags =
                new LinkedHashSet<>(change.tags != null ? Tags.normalise(change.tags, "tags") : current);
        tags.addAll(Tags.normalise(change.addTags, "addTags"));
        Tags.normalise(change.removeTags, "removeTags").forEach(tags::remove);
        return new ArrayList<>(tags);
    }

    /** Customers and their contacts write from the customer's side; everyone else from ours. */
    private static boolean isCustomerSide(Actor actor) {
        return actor.type() == ActorType.customer || actor.type() == ActorType.contact;
    }

    private Reference requireStaff(String field, long userId) {
        return users.findActiveStaff(userId)
                .orElseThrow(() -> new InvalidRequestException(
                        field, "not-found", "No active staff member with id " + userId + "."));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static <T> T required(Optional<T> value, String field) {
        return value.orElseThrow(() -> new InvalidRequestException(field, "required", "This field cannot be cleared."));
    }
}
