package io.kaiku.ticket;

import java.time.Instant;

import io.kaiku.common.Actor;
import io.kaiku.common.ActorType;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "uploader_type", nullable = false, updatable = false)
    public ActorType uploaderType;

    @Column(name = "uploader_id", updatable = false)
    public Long uploaderId;

    @Column(name = "uploader_label", updatable = false)
    public String uploaderLabel;

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

    void uploadedBy(Actor actor) {
        uploaderType = actor.type();
        uploaderId = actor.id();
        uploaderLabel = actor.label();
    }

    boolean isUploadedBy(Actor actor) {
        return uploaderType == actor.type()
                && java.util.Objects.equals(uploaderId, actor.id())
                && (actor.id() != null || java.util.Objects.equals(uploaderLabel, actor.label()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment attachment && id != null && id.equals(attachment.id);
    }

    @Override
    public int hashCode() {
        return Attachment.class.hashCode();
    }
}
