package io.kaiku.ticket;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AttachmentView(
        @Schema(required = true) long id,
        @Schema(required = true) String filename,

        @Schema(required = true, description = "Detected from the content, not taken from the upload")
        String contentType,

        @Schema(required = true) long size,
        @Schema(required = true) String sha256) {

    static AttachmentView of(Attachment attachment) {
        return new AttachmentView(
                attachment.id, attachment.filename, attachment.contentType, attachment.sizeBytes, attachment.sha256);
    }
}
