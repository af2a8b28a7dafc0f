package io.kaiku.ticket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import io.kaiku.common.Actor;
import io.kaiku.common.Caller;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.Role;
import io.kaiku.common.Row;
import io.kaiku.common.RuleViolationException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.tika.Tika;
import org.jboss.logging.Logger;

/**
 * Files are uploaded first and attached to a message by id. Uploads count against the uploader's
 * quotas, and uploads never attached are removed after a day.
 */
@ApplicationScoped
public class AttachmentService {
    private static final Logger LOG = Logger.getLogger(AttachmentService.class);

    private final AttachmentRepository attachments;
    private final AttachmentConfig config;
    private final Clock clock;
    private final Tika tika = new Tika();

    AttachmentService(AttachmentRepository attachments, AttachmentConfig config, Clock clock) {
        this.attachments = attachments;
        this.config = config;
        this.clock = clock;
    }

    public record AttachmentContent(String filename, String contentType, byte[] content) {}

    @Transactional
    public AttachmentView upload(String filename, Path file, Caller caller) {
        Actor uploader = caller.actor();
        try {
            long size = Files.size(file);
            long max = config.maxSize().asLongValue();
            if (size > max) {
                throw new InvalidRequestException("file", "size", "The file is larger than " + max + " bytes.");
            }
            if (size == 0) {
                throw new InvalidRequestException("file", "required", "The file is empty.");
            }
            Instant now = clock.instant();
            checkQuota(uploader, size, now);
            byte[] content = Files.readAllBytes(file);
            String name = safeFilename(filename);
            String contentType;
            try (InputStream input = Files.newInputStream(file)) {
                contentType = tika.detect(input, name);
            }
            Attachment attachment = new Attachment();
            attachment.uploadedBy(uploader);
            attachment.filename = name;
            attachment.contentType = contentType;
            attachment.sizeBytes = size;
            attachment.sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            attachment.content = content;
            attachment.createdAt = now;
            attachments.persist(attachment);
            return AttachmentView.of(attachment);
        } catch (IOException e) {
            throw new InvalidRequestException("file", "unreadable", "The uploaded file could not be read.");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Staff may read every attached file; a customer only files of public replies on their own
     * tickets. An upload not yet attached is visible to its uploader only.
     */
    @Transactional
    public AttachmentContent download(long id, Caller caller) {
        Attachment attachment = attachments.findByIdOptional(id).orElseThrow(() -> notFound(id));
        Row placement = attachments.findPlacement(id).orElse(null);
        boolean visible;
        if (placement == null) {
            visible = attachment.isUploadedBy(caller.actor());
        } else if (caller.isCustomer()) {
            visible = caller.customerId() != null
                    && caller.customerId() == placement.getLong("customer_id")
                    && MessageKind.reply.name().equals(placement.getString("kind"));
        } else {
            visible = caller.role().includes(Role.agent);
        }
        if (!visible) {
            throw notFound(id);
        }
        return new AttachmentContent(attachment.filename, attachment.contentType, attachment.content);
    }

    /** Removes uploads nobody attached within their lifetime; a batch at a time, on any instance. */
    @Scheduled(
            every = "10m",
            delay = 1,
            delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeUnattachedOnSchedule() {
        int removed = removeExpiredUploads();
        if (removed > 0) {
            LOG.infof("Removed %d uploads that were never attached to a message", removed);
        }
    }

    /** @return how many uploads older than their lifetime, never attached, were removed */
    @Transactional
    public int removeExpiredUploads() {
        Instant before = clock.instant().minus(config.unattachedLifetime());
        int total = 0;
        int removed;
        do {
            removed = attachments.deleteUnattached(before, 500);
            total += removed;
        } while (removed == 500);
        return total;
    }

    private void checkQuota(Actor uploader, long size, Instant now) {
        Row usage = attachments.usage(uploader, now.minus(Duration.ofHours(24)));
        long unattachedQuota = config.unattachedQuota().asLongValue();
        long dailyQuota = config.dailyQuota().asLongValue();
        if (usage.getLong("unattached") + size > unattachedQuota) {
            throw new RuleViolationException(
                    "attachment.quota-exceeded",
                    "You have " + usage.getLong("unattached") + " bytes of uploads not attached to a message yet;"
                            + " the limit is " + unattachedQuota + ". Attach or wait for them to expire.");
        }
        if (usage.getLong("recent") + size > dailyQuota) {
            throw new RuleViolationException(
                    "attachment.quota-exceeded",
                    "You uploaded " + usage.getLong("recent") + " bytes in the last 24 hours; the limit is "
                            + dailyQuota + ".");
        }
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

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("attachment.not-found", "No attachment with id " + id + ".");
    }
}
