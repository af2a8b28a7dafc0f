package io.kaiku.ticket;

import java.time.Instant;
import java.util.List;

import io.kaiku.common.Caller;
import io.kaiku.common.ExpectedVersion;
import io.kaiku.common.Reference;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.Row;
import io.kaiku.customer.CustomerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Tickets as staff and tools read and edit them; every change goes through {@link TicketCommands}. */
@ApplicationScoped
public class TicketService {
    private final TicketRepository tickets;
    private final TicketCommands commands;
    private final CustomerService customers;

    TicketService(TicketRepository tickets, TicketCommands commands, CustomerService customers) {
        this.tickets = tickets;
        this.commands = commands;
        this.customers = customers;
    }

    /** Staff or a tool logs a contact. */
    @Transactional
    public TicketView open(CreateTicketRequest request, Caller caller) {
        TicketCommands.Opened opened = commands.open(request.toNewTicket(caller.userId()), caller.actor());
        return TicketMapper.toView(
                opened.ticket(), opened.queue(), opened.assignee(), opened.receivedBy(), opened.customer());
    }

    @Transactional
    public TicketView update(long id, UpdateTicketRequest request, String ifMatch, Caller caller) {
        Ticket ticket =
                commands.change(id, request.toChange(), caller.actor(), ExpectedVersion.of(ifMatch, request.version));
        return view(ticket);
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
        Row names = tickets.findNames(ticket.queueId, ticket.assigneeId, ticket.receivedById);
        return TicketMapper.toView(
                ticket,
                Reference.of(ticket.queueId, names.getString("queue_name")),
                Reference.of(ticket.assigneeId, names.getString("assignee_name")),
                Reference.of(ticket.receivedById, names.getString("received_by_name")),
                customers.get(ticket.customerId));
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("ticket.not-found", "No ticket with id " + id + ".");
    }
}
