package io.kaiku.knowledgebase;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An image or file of an article. Its URL carries a random key that is only handed to callers who
 * may read the article, because an image tag cannot send a bearer token.
 */
@Entity
@Table(name = "kb_attachment")
public class KbAttachment {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_attachment_seq")
    @SequenceGenerator(name = "kb_attachment_seq", sequenceName = "kb_seq", allocationSize = 50)
    public Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    public long articleId;

    @Column(name = "uploaded_by_id", nullable = false, updatable = false)
    public long uploadedById;

    @Column(name = "filename", nullable = false)
    public String filename;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "sha256", nullable = false)
    public String sha256;

    @Column(name = "access_key", nullable = false)
    public String accessKey;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof KbAttachment attachment && id != null && id.equals(attachment.id);
    }

    @Override
    public int hashCode() {
        return KbAttachment.class.hashCode();
    }
}
