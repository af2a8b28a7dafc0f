package io.kaiku.identity;

import java.time.Instant;

import io.kaiku.common.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A personal token for a third-party tool, acting as its owner with at most {@link #role}. */
@Entity
@Table(name = "api_token")
public class ApiToken {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "name", nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public Role role;

    @Column(name = "prefix", nullable = false)
    public String prefix;

    /** Comma-separated {@link ApiTokenScope} names; empty for none. */
    @Column(name = "scopes", nullable = false)
    public String scopes = "";

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiToken token && id != null && id.equals(token.id);
    }

    @Override
    public int hashCode() {
        return ApiToken.class.hashCode();
    }
}
