package io.kaiku.ticket;

import java.util.List;

import io.kaiku.common.Caller;
import io.kaiku.common.Keyset;
import io.kaiku.common.Reference;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.Role;
import io.kaiku.common.Row;
import io.kaiku.customer.CustomerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Compensations given to customers, recorded on the ticket that caused them, approved above a limit. */
@ApplicationScoped
public class CompensationService {
    private static final String SORT = "id";

    private final TicketService tickets;
    private final TicketCommands commands;
    private final CompensationRepository compensations;
    private final CustomerService customers;

    CompensationService(
            TicketService tickets,
            TicketCommands commands,
            CompensationRepository compensations,
            CustomerService customers) {
        this.tickets = tickets;
        this.commands = commands;
        this.compensations = compensations;
        this.customers = customers;
    }

    @Transactional
    public List<CompensationView> listForTicket(long ticketId) {
        tickets.require(ticketId);
        return compensations.findForTicket(ticketId).stream()
                .map(CompensationService::toView)
                .toList();
    }

    @Transactional
    public List<CompensationView> listForCustomer(long customerId) {
        if (!customers.exists(customerId)) {
            throw new ResourceNotFoundException("customer.not-found", "No customer with id " + customerId + ".");
        }
        return compensations.findForCustomer(customerId).stream()
                .map(CompensationService::toView)
                .toList();
    }

    @Transactional
    public CompensationPage listByApproval(CompensationApproval approval, String cursor, int limit) {
        Keyset.Position after = Keyset.after(cursor, SORT, 1);
        List<Row> rows = compensations.findByApproval(approval, after == null ? null : after.number(0), limit + 1);
        Keyset.Page<CompensationView> page =
                Keyset.page(rows, limit, row -> Keyset.cursor(SORT, row.getLong("id")), CompensationService::toView);
        return new CompensationPage(page.items(), page.nextCursor());
    }

    /** Recorded by a staff member; a manager's own record above the limit counts as approved by them. */
    @Transactional
    public CompensationView add(long ticketId, CreateCompensationRequest request, Caller caller) {
        Compensation compensation = commands.addCompensation(
                ticketId,
                request.toNewCompensation(),
                caller.userId(),
                caller.role().includes(Role.manager));
        return toView(compensations.findView(compensation.id));
    }

    @Transactional
    public CompensationView decide(long compensationId, boolean approve, Caller manager) {
        Compensation compensation = commands.decideCompensation(compensationId, approve, manager.userId());
        return toView(compensations.findView(compensation.id));
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("compensation.not-found", "No compensation with id " + id + ".");
    }

    private static CompensationView toView(Row row) {
        return new CompensationView(
                row.getLong("id"),
                row.getLong("ticket_id"),
                TicketNumbers.format(row.getLong("number")),
                new Reference(row.getLong("customer_id"), row.getString("customer_name")),
                row.getEnum("kind", CompensationKind.class),
                row.getDecimal("amount"),
                row.getString("currency"),
                row.getString("reason"),
                row.getEnum("approval_status", CompensationApproval.class),
                Reference.of(row.getNullableLong("decided_by_id"), row.getString("decided_by_name")),
                row.getInstant("decided_at"),
                row.getDate("granted_on"),
                row.getInstant("created_at"),
                new Reference(row.getLong("created_by_id"), row.getString("created_by_name")));
    }
}
