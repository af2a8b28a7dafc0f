package io.kaiku.knowledgebase;

/** An attachment without its bytes, for listings. */
public record KbAttachmentInfo(
        Long id, long articleId, String filename, String contentType, long sizeBytes, String accessKey) {
    KbAttachment toAttachment() {
        KbAttachment attachment = new KbAttachment();
        attachment.id = id;
        attachment.articleId = articleId;
        attachment.filename = filename;
        attachment.contentType = contentType;
        attachment.sizeBytes = sizeBytes;
        attachment.accessKey = accessKey;
        return attachment;
    }
}
