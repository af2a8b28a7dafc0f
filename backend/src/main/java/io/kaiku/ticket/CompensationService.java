package io.kaiku.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.kaiku.common.Caller;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.Reference;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.Role;
import io.kaiku.common.SqlValues;
import io.kaiku.customer.CustomerService;
import io.kaiku.identity.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Compensations given to customers, recorded on the ticket that caused them. */
@ApplicationScoped
public class CompensationService {
    private final TicketRepository tickets;
    private final CompensationRepository compensations;
    private final TicketHistory history;
    private final CustomerService customers;
    private final UserService users;
    private final Clock clock;

    public CompensationService(
            TicketRepository tickets,
            CompensationRepository compensations,
            TicketHistory history,
            CustomerService customers,
            UserService users,
            Clock clock) {
        this.tickets = tickets;
        this.compensations = compensations;
        this.history = history;
        this.customers = customers;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public List<CompensationView> listForTicket(long ticketId) {
        if (tickets.count("id", ticketId) == 0) {
            throw TicketService.notFound(ticketId);
        }
        return compensations.findViews("k.ticket_id", ticketId).stream()
                .map(CompensationService::toView)
                .toList();
    }

    @Transactional
    public List<CompensationView> listForCustomer(long customerId) {
        if (!customers.exists(customerId)) {
            throw new ResourceNotFoundException("customer.not-found", "No customer with id " + customerId + ".");
        }
        return compensations.findViews("t.customer_id", customerId).stream()
                .map(CompensationService::toView)
                .toList();
    }

    @Transactional
    public CompensationView add(long ticketId, CreateCompensationRequest request, Caller caller) {
        Ticket ticket = tickets.findForUpdate(ticketId).orElseThrow(() -> TicketService.notFound(ticketId));
        if ((request.amount() == null) != (request.currency() == null)) {
            String field = request.amount() == null ? "amount" : "currency";
            throw new InvalidRequestException(field, "required", "An amount and its currency go together.");
        }
        if (request.kind() == CompensationKind.monetary && request.amount() == null) {
            throw new InvalidRequestException("amount", "required", "A monetary compensation needs an amount.");
        }
        if (request.approvedById() != null && !users.hasActiveRole(request.approvedById(), Role.manager)) {
            throw new InvalidRequestException(
                    "approvedById", "not-found", "No active manager or admin with id " + request.approvedById() + ".");
        }
        Instant now = clock.instant();
        Compensation compensation = new Compensation();
        compensation.ticketId = ticket.id;
        compensation.kind = request.kind();
        compensation.amount = request.amount();
        compensation.currency = request.currency();
        compensation.reason = request.reason().strip();
        compensation.approvedById = request.approvedById();
        compensation.grantedOn =
                request.grantedOn() == null ? LocalDate.ofInstant(now, ZoneOffset.UTC) : request.grantedOn();
        compensation.createdAt = now;
        compensation.createdById = caller.userId();
        compensations.persist(compensation);
        String summary = request.amount() == null
                ? request.kind().name()
                : request.kind().name() + " " + request.amount().toPlainString() + " " + request.currency();
        history.record(ticket.id, caller.userId(), now)
                .add(TicketEventType.compensation_added, "compensation", null, summary, null)
                .commit();
        ticket.updatedAt = now;
        compensations.flush();
        return compensations.findViews("k.id", compensation.id).stream()
                .map(CompensationService::toView)
                .findFirst()
                .orElseThrow();
    }

    private static CompensationView toView(Object[] row) {
        return new CompensationView(
                SqlValues.toPrimitiveLong(row[0]),
                SqlValues.toPrimitiveLong(row[1]),
                TicketNumbers.format(SqlValues.toPrimitiveLong(row[2])),
                CompensationKind.valueOf((String) row[3]),
                SqlValues.toDecimal(row[4]),
                (String) row[5],
                (String) row[6],
                Reference.of(SqlValues.toLong(row[7]), (String) row[8]),
                SqlValues.toDate(row[9]),
                SqlValues.toInstant(row[10]),
                new Reference(SqlValues.toPrimitiveLong(row[11]), (String) row[12]));
    }
}
