package io.kaiku.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kaiku.common.ResourceNotFoundException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Sign-in sessions: started at sign-in, seen and ended by their user, revoked on account changes. */
@ApplicationScoped
public class SessionService {
    /** Ended sessions stay listed this long for the record, then go. */
    private static final Duration KEEP_ENDED = Duration.ofDays(7);

    private final UserSessionRepository sessions;
    private final ApiTokenService apiTokens;
    private final AccessTokens accessTokens;
    private final Clock clock;

    public SessionService(
            UserSessionRepository sessions, ApiTokenService apiTokens, AccessTokens accessTokens, Clock clock) {
        this.sessions = sessions;
        this.apiTokens = apiTokens;
        this.accessTokens = accessTokens;
        this.clock = clock;
    }

    public record Started(long id, String token, Instant expiresAt) {}

    @Transactional
    public Started start(long userId, SessionKind kind, ClientInfo client) {
        Instant now = clock.instant();
        UserSession session = new UserSession();
        session.userId = userId;
        session.kind = kind;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(accessTokens.lifetime());
        session.clientAddress = client.address();
        session.userAgent = client.userAgent();
        sessions.persist(session);
        return new Started(session.id, accessTokens.issue(userId, session.id, session.expiresAt), session.expiresAt);
    }

    @Transactional
    public List<SessionView> listOwn(long userId, Credential credential) {
        return sessions.findOpenByUser(userId, clock.instant()).stream()
                .map(s -> SessionView.of(s, credential.sessionId()))
                .toList();
    }

    /** Ends one of the caller's own sessions; anyone else's is "not found". */
    @Transactional
    public void end(long id, long userId) {
        Instant now = clock.instant();
        UserSession session = sessions.findByIdOptional(id)
                .filter(s -> s.userId == userId && s.isOpenAt(now))
                .orElseThrow(() ->
                        new ResourceNotFoundException("session.not-found", "No open session with id " + id + "."));
        session.revokedAt = now;
    }

    /** Sign-out: ends the session of this request, or revokes the API token it was made with. */
    @Transactional
    public void endCurrent(long userId, Credential credential) {
        if (credential.isApiToken()) {
            apiTokens.revokeOwn(credential.apiTokenId(), userId);
        } else {
            end(credential.sessionId(), userId);
        }
    }

    /** Ends every session of the user except {@code keep}, which may be null. */
    @Transactional
    public int revokeAll(long userId, Long keep) {
        return sessions.revokeAll(userId, keep, clock.instant());
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void removeOldSessions() {
        sessions.deleteEndedBefore(clock.instant().minus(KEEP_ENDED));
    }
}
