package io.kaiku.knowledgebase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Fixed windows counted in an unlogged table, so every instance shares the same counts (a crash
 * only forgets them). One upsert per request; old windows are dropped now and then.
 */
@ApplicationScoped
public class DatabaseRateLimiter implements RateLimiter {
    private final EntityManager em;
    private final KnowledgeBaseConfig config;
    private final Clock clock;

    public DatabaseRateLimiter(EntityManager em, KnowledgeBaseConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Decision acquire(String scope, String client) {
        Duration window = config.publicRateLimit().window();
        long windowMillis = window.toMillis();
        Instant now = clock.instant();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        // Nothing to lose if this is not durable: do not wait for the disk.
        em.createNativeQuery("select set_config('synchronous_commit', 'off', true)")
                .getSingleResult();
        int hits = ((Number) em.createNativeQuery("""
                insert into kb_rate_window (client_key, window_start, hits) values (:key, :start, 1)
                on conflict (client_key, window_start) do update set hits = kb_rate_window.hits + 1
                returning hits
                """)
                        .setParameter("key", scope + ":" + client)
                        .setParameter("start", start)
                        .getSingleResult())
                .intValue();
        if (hits == 1 && java.util.concurrent.ThreadLocalRandom.current().nextInt(100) == 0) {
            em.createNativeQuery("delete from kb_rate_window where window_start < :old")
                    .setParameter("old", start.minus(window))
                    .executeUpdate();
        }
        if (hits <= config.publicRateLimit().requests()) {
            return new Decision(true, Duration.ZERO);
        }
        Duration retry = Duration.between(now, start.plus(window));
        return new Decision(false, retry.isNegative() ? Duration.ofSeconds(1) : retry);
    }
}
