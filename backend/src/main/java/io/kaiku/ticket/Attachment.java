package io.kaiku.ticket;

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

/** A file uploaded first and then attached to a message; its bytes live in the database. */
@Entity
@Table(name = "attachment")
public class Attachment {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "message_id")
    public Long messageId;

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

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment attachment && id != null && id.equals(attachment.id);
    }

    @Override
    public int hashCode() {
        return Attachment.class.hashCode();
    }
}
