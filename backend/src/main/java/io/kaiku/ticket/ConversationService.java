package io.kaiku.ticket;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kaiku.common.ActorType;
import io.kaiku.common.ActorView;
import io.kaiku.common.Caller;
import io.kaiku.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The conversation on a ticket: replies and notes with their attachments. */
@ApplicationScoped
public class ConversationService {
    private final TicketService tickets;
    private final TicketCommands commands;
    private final MessageRepository messages;
    private final AttachmentRepository attachments;

    ConversationService(
            TicketService tickets,
            TicketCommands commands,
            MessageRepository messages,
            AttachmentRepository attachments) {
        this.tickets = tickets;
        this.commands = commands;
        this.messages = messages;
        this.attachments = attachments;
    }

    /** The conversation as the caller may see it: customers only see public replies on their own tickets. */
    @Transactional
    public List<MessageView> list(long ticketId, Caller caller) {
        Ticket ticket = tickets.requireVisible(ticketId, caller);
        List<Row> rows = messages.findConversation(ticket.id, caller.isCustomer());
        Map<Long, List<AttachmentView>> files =
                attachments
                        .findByMessages(rows.stream().map(r -> r.getLong("id")).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                a -> a.messageId, Collectors.mapping(AttachmentView::of, Collectors.toList())));
        return rows.stream()
                .map(row -> toView(row, files.getOrDefault(row.getLong("id"), List.of())))
                .toList();
    }

    /** A reply or note by the caller, on a ticket the caller may see. */
    @Transactional
    public MessageView add(long ticketId, NewMessage message, Caller caller) {
        Ticket ticket = tickets.requireVisible(ticketId, caller);
        Message added = commands.addMessage(ticket.id, message, caller.actor());
        List<AttachmentView> files = message.attachmentIds().isEmpty()
                ? List.of()
                : attachments.findByMessages(List.of(added.id)).stream()
                        .map(AttachmentView::of)
                        .toList();
        return toView(messages.findView(added.id), files);
    }

    static ActorView actorView(Row row, String prefix) {
        return new ActorView(
                row.getEnum(prefix + "_type", ActorType.class),
                row.getNullableLong(prefix + "_id"),
                row.getString(prefix + "_name"));
    }

    private static MessageView toView(Row row, List<AttachmentView> files) {
        return new MessageView(
                row.getLong("id"),
                row.getEnum("kind", MessageKind.class),
                row.getString("body_html"),
                row.getString("body_text"),
                actorView(row, "author"),
                files,
                row.getInstant("created_at"));
    }
}
