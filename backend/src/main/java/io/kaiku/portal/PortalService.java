package io.kaiku.portal;

import java.util.List;

import io.kaiku.common.Caller;
import io.kaiku.ticket.Channel;
import io.kaiku.ticket.ConversationService;
import io.kaiku.ticket.MessageKind;
import io.kaiku.ticket.MessageView;
import io.kaiku.ticket.NewMessage;
import io.kaiku.ticket.NewTicket;
import io.kaiku.ticket.Ticket;
import io.kaiku.ticket.TicketCommands;
import io.kaiku.ticket.TicketFilter;
import io.kaiku.ticket.TicketPage;
import io.kaiku.ticket.TicketSearch;
import io.kaiku.ticket.TicketService;
import io.kaiku.ticket.TicketSort;
import io.kaiku.ticket.TicketView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The customer's side: their own requests only, and only public replies. */
@ApplicationScoped
public class PortalService {
    private final TicketService tickets;
    private final TicketSearch search;
    private final TicketCommands commands;
    private final ConversationService conversation;

    public PortalService(
            TicketService tickets, TicketSearch search, TicketCommands commands, ConversationService conversation) {
        this.tickets = tickets;
        this.search = search;
        this.commands = commands;
        this.conversation = conversation;
    }

    @Transactional
    public PortalTicketPage list(Caller caller, String cursor, int limit) {
        TicketFilter own = new TicketFilter(
                null,
                null,
                null,
                null,
                caller.customerId(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                TicketSort.created,
                cursor,
                limit);
        TicketPage page = search.list(own, caller);
        return new PortalTicketPage(
                page.items().stream()
                        .map(t -> new PortalTicketSummary(
                                t.id(),
                                t.number(),
                                t.subject(),
                                t.status(),
                                t.createdAt(),
                                t.updatedAt(),
                                t.promisedBy()))
                        .toList(),
                page.nextCursor());
    }

    @Transactional
    public PortalTicketView get(long id, Caller caller) {
        Ticket ticket = tickets.requireVisible(id, caller);
        return toView(tickets.get(ticket.id));
    }

    /** Files sent with a request travel on a first public message, as they would in an email. */
    @Transactional
    public PortalTicketView submit(SubmitRequestRequest request, Caller caller) {
        Ticket ticket = commands.open(
                        NewTicket.fromCustomer(
                                request.subject(),
                                request.description(),
                                Channel.web,
                                caller.customerId(),
                                request.queueId()),
                        caller.actor())
                .ticket();
        if (request.attachmentIds() != null && !request.attachmentIds().isEmpty()) {
            conversation.add(
                    ticket.id,
                    new NewMessage(MessageKind.reply, request.description(), request.attachmentIds(), null),
                    caller);
        }
        return toView(tickets.get(ticket.id));
    }

    @Transactional
    public List<MessageView> messages(long id, Caller caller) {
        return conversation.list(id, caller);
    }

    @Transactional
    public MessageView reply(long id, PortalReplyRequest request, Caller caller) {
        return conversation.add(
                id, new NewMessage(MessageKind.reply, request.body(), request.attachmentIds(), null), caller);
    }

    private static PortalTicketView toView(TicketView view) {
        return new PortalTicketView(
                view.id(),
                view.number(),
                view.subject(),
                view.description(),
                view.status(),
                view.queue(),
                view.createdAt(),
                view.updatedAt(),
                view.promisedBy(),
                view.solvedAt());
    }
}
