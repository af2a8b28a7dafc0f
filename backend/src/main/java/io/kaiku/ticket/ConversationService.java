package io.kaiku.ticket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kaiku.common.Caller;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.Role;
import io.kaiku.common.SqlValues;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The conversation on a ticket: replies, notes and their attachments. */
@ApplicationScoped
public class ConversationService {
    private final TicketRepository tickets;
    private final TicketService ticketService;
    private final MessageRepository messages;
    private final AttachmentRepository attachments;
    private final TicketHistory history;
    private final MessageBodies bodies;
    private final Clock clock;
    private final long maxAttachmentBytes;
    private final Tika tika = new Tika();

    public ConversationService(
            TicketRepository tickets,
            TicketService ticketService,
            MessageRepository messages,
            AttachmentRepository attachments,
            TicketHistory history,
            MessageBodies bodies,
            Clock clock,
            @ConfigProperty(name = "kaiku.attachments.max-size") MemorySize maxAttachmentSize) {
        this.tickets = tickets;
        this.ticketService = ticketService;
        this.messages = messages;
        this.attachments = attachments;
        this.history = history;
        this.bodies = bodies;
        this.clock = clock;
        this.maxAttachmentBytes = maxAttachmentSize.asLongValue();
    }

    /** The conversation as the caller may see it: customers only see public replies on their own tickets. */
    @Transactional
    public List<MessageView> list(long ticketId, Caller caller) {
        Ticket ticket = ticketService.requireVisible(ticketId, caller);
        List<Object[]> rows = messages.findConversation(ticket.id, caller.isCustomer());
        List<Long> ids = rows.stream().map(r -> SqlValues.toPrimitiveLong(r[0])).toList();
        Map<Long, List<AttachmentView>> files = attachments.findByMessages(ids).stream()
                .collect(Collectors.groupingBy(
                        a -> a.messageId, Collectors.mapping(AttachmentView::of, Collectors.toList())));
        return rows.stream()
                .map(row -> toView(row, files.getOrDefault(SqlValues.toPrimitiveLong(row[0]), List.of())))
                .toList();
    }

    /**
     * Adds a reply or note. A staff reply is the first response if none was given yet and moves a new
     * ticket to open; a customer's reply reopens a solved or pending ticket.
     */
    @Transactional
    public MessageView add(
            long ticketId,
            MessageKind kind,
            String body,
            List<Long> attachmentIds,
            TicketStatus status,
            Caller caller) {
        Ticket visible = ticketService.requireVisible(ticketId, caller);
        Ticket ticket = tickets.findForUpdate(visible.id).orElseThrow(() -> TicketService.notFound(ticketId));
        ticket.requireNotClosed();
        if (caller.isCustomer() && (kind != MessageKind.reply || status != null)) {
            throw new InvalidRequestException("kind", "not-allowed", "Customers can only reply.");
        }
        String html = bodies.sanitise(body);
        String text = bodies.toText(html);
        List<Long> fileIds = attachmentIds == null
                ? List.of()
                : attachmentIds.stream().distinct().toList();
        if (text.isBlank() && fileIds.isEmpty()) {
            throw new InvalidRequestException(
                    "body", "required", "The message is empty once unsafe markup is removed.");
        }
        Instant now = clock.instant();
        Message message = new Message();
        message.ticketId = ticket.id;
        message.kind = kind;
        message.authorUserId = caller.userId();
        message.authorCustomerId = caller.isCustomer() ? caller.customerId() : null;
        message.bodyHtml = html;
        message.bodyText = text;
        message.createdAt = now;
        messages.persist(message);
        List<AttachmentView> files = attach(message, fileIds, caller);

        TicketHistory.Recorder log = history.record(ticket.id, caller.userId(), now)
                .add(
                        kind == MessageKind.reply ? TicketEventType.message_added : TicketEventType.note_added,
                        null,
                        null,
                        null,
                        message.id);
        TicketStatus before = ticket.getStatus();
        if (caller.isCustomer()) {
            if (before == TicketStatus.SOLVED || before == TicketStatus.PENDING) {
                ticket.changeStatus(TicketStatus.OPEN, now);
            }
        } else {
            if (kind == MessageKind.reply && ticket.firstResponseAt == null) {
                ticket.firstResponseAt = now;
            }
            if (status != null) {
                ticket.changeStatus(status, now);
            } else if (kind == MessageKind.reply && before == TicketStatus.NEW) {
                ticket.changeStatus(TicketStatus.OPEN, now);
            }
        }
        log.change(
                TicketEventType.status_changed,
                "status",
                before.value(),
                ticket.getStatus().value());
        ticket.updatedAt = now;
        log.commit();
        String authorName = caller.name();
        MessageAuthor author = new MessageAuthor(
                caller.isCustomer() ? "customer" : "staff",
                caller.isCustomer() ? caller.customerId() : caller.userId(),
                authorName);
        return new MessageView(message.id, kind, html, text, author, files, now);
    }

    @Transactional
    public AttachmentView upload(String filename, Path file, Caller caller) {
        try {
            long size = Files.size(file);
            if (size > maxAttachmentBytes) {
                throw new InvalidRequestException(
                        "file", "size", "The file is larger than " + maxAttachmentBytes + " bytes.");
            }
            if (size == 0) {
                throw new InvalidRequestException("file", "required", "The file is empty.");
            }
            byte[] content = Files.readAllBytes(file);
            String name = safeFilename(filename);
            String contentType;
            try (InputStream input = Files.newInputStream(file)) {
                contentType = tika.detect(input, name);
            }
            Attachment attachment = new Attachment();
            attachment.uploadedById = caller.userId();
            attachment.filename = name;
            attachment.contentType = contentType;
            attachment.sizeBytes = size;
            attachment.sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            attachment.content = content;
            attachment.createdAt = clock.instant();
            attachments.persist(attachment);
            return AttachmentView.of(attachment);
        } catch (IOException e) {
            throw new InvalidRequestException("file", "unreadable", "The uploaded file could not be read.");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record AttachmentContent(String filename, String contentType, byte[] content) {}

    /**
     * Staff may read every attached file; a customer only files of public replies on their own
     * tickets. An upload not yet attached is visible to its uploader only.
     */
    @Transactional
    public AttachmentContent download(long id, Caller caller) {
        Attachment attachment = attachments.findByIdOptional(id).orElseThrow(() -> attachmentNotFound(id));
        Object[] placement = attachments.findPlacement(id);
        boolean visible;
        if (placement == null) {
            visible = attachment.uploadedById == caller.userId();
        } else if (caller.isCustomer()) {
            visible = caller.customerId() != null
                    && caller.customerId() == SqlValues.toPrimitiveLong(placement[1])
                    && MessageKind.reply.name().equals(placement[2]);
        } else {
            visible = caller.role().includes(Role.agent);
        }
        if (!visible) {
            throw attachmentNotFound(id);
        }
        return new AttachmentContent(attachment.filename, attachment.contentType, attachment.content);
    }

    private List<AttachmentView> attach(Message message, List<Long> ids, Caller caller) {
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            String field = "attachmentIds[" + i + "]";
            Attachment attachment = attachments
                    .findByIdOptional(id)
                    .filter(a -> a.uploadedById == caller.userId() && a.messageId == null)
                    .orElseThrow(() -> new InvalidRequestException(
                            field, "not-found", "No unattached upload of yours with id " + id + "."));
            attachment.messageId = message.id;
        }
        return ids.isEmpty()
                ? List.of()
                : attachments.findByMessages(List.of(message.id)).stream()
                        .map(AttachmentView::of)
                        .toList();
    }

    private static String safeFilename(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static ResourceNotFoundException attachmentNotFound(long id) {
        return new ResourceNotFoundException("attachment.not-found", "No attachment with id " + id + ".");
    }

    private static MessageView toView(Object[] row, List<AttachmentView> files) {
        Long userId = SqlValues.toLong(row[4]);
        Long customerId = SqlValues.toLong(row[6]);
        MessageAuthor author;
        if (customerId != null) {
            author = new MessageAuthor("customer", customerId, (String) row[7]);
        } else if (userId != null) {
            author = new MessageAuthor("staff", userId, (String) row[5]);
        } else {
            author = null;
        }
        return new MessageView(
                SqlValues.toPrimitiveLong(row[0]),
                MessageKind.valueOf((String) row[1]),
                (String) row[2],
                (String) row[3],
                author,
                files,
                SqlValues.toInstant(row[8]));
    }
}
