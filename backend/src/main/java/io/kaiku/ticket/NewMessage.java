package io.kaiku.ticket;

import java.util.List;

/**
 * A reply or note to add, as HTML (sanitised by {@link TicketCommands#addMessage}). A status, when
 * given, is set in the same change (reply and solve).
 */
public record NewMessage(MessageKind kind, String html, List<Long> attachmentIds, TicketStatus status) {
    public NewMessage {
        attachmentIds = attachmentIds == null
                ? List.of()
                : attachmentIds.stream().distinct().toList();
    }
}
