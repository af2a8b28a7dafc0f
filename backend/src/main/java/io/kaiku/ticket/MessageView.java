package io.kaiku.ticket;

import java.time.Instant;
import java.util.List;

import io.kaiku.common.ActorView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MessageView(
        @Schema(required = true) long id,
        @Schema(required = true) MessageKind kind,

        @Schema(required = true, description = "Sanitised HTML")
        String body,

        @Schema(required = true, description = "A plain-text rendering of the body")
        String bodyText,

        @Schema(required = true) ActorView author,
        @Schema(required = true) List<AttachmentView> attachments,
        @Schema(required = true) Instant createdAt) {}
