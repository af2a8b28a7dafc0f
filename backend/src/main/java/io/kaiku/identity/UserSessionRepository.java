package io.kaiku.identity;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UserSessionRepository implements PanacheRepository<UserSession> {

    public List<UserSession> findOpenByUser(long userId, Instant now) {
        return list(
                "userId = ?1 and revokedAt is null and expiresAt > ?2 order by lastSeenAt desc, id desc", userId, now);
    }

    /** Ends every open session of the user but {@code keep} (null: all of them). */
    public int revokeAll(long userId, Long keep, Instant now) {
        return update(
                "revokedAt = ?1 where userId = ?2 and revokedAt is null and id <> ?3",
                now,
                userId,
                keep == null ? -1L : keep);
    }

    /** Sessions that ended more than {@code before} ago are kept no longer. */
    public long deleteEndedBefore(Instant before) {
        return delete("expiresAt < ?1 or revokedAt < ?1", before);
    }
}
