package io.kaiku.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One sign-in: its access token is valid only while this record is open. */
@Entity
@Table(name = "user_session")
public class UserSession {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_session_seq")
    @SequenceGenerator(name = "user_session_seq", sequenceName = "user_session_seq", allocationSize = 50)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public SessionKind kind;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "client_address")
    public String clientAddress;

    @Column(name = "user_agent")
    public String userAgent;

    public boolean isOpenAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserSession session && id != null && id.equals(session.id);
    }

    @Override
    public int hashCode() {
        return UserSession.class.hashCode();
    }
}
