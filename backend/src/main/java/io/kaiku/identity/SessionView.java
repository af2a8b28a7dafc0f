package io.kaiku.identity;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's open sessions, as "where am I signed in" shows it. */
public record SessionView(
        @Schema(required = true) long id,
        @Schema(required = true) SessionKind kind,
        @Schema(required = true) Instant createdAt,

        @Schema(required = true, description = "Last use, to the minute")
        Instant lastSeenAt,

        @Schema(required = true) Instant expiresAt,

        @Schema(examples = "203.0.113.7") String clientAddress,
        String userAgent,

        @Schema(required = true, description = "Whether this is the session making the request")
        boolean current) {

    static SessionView of(UserSession session, Long currentId) {
        return new SessionView(
                session.id,
                session.kind,
                session.createdAt,
                session.lastSeenAt,
                session.expiresAt,
                session.clientAddress,
                session.userAgent,
                session.id.equals(currentId));
    }
}
