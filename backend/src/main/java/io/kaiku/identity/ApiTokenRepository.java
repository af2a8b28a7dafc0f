package io.kaiku.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    public Optional<ApiToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    public List<ApiToken> findByUser(long userId) {
        return list("userId = ?1 order by createdAt desc, id desc", userId);
    }

    /** Records use at most once a minute per token, so busy integrations do not write on every call. */
    public void touch(long id, Instant now) {
        update(
                "lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)",
                now,
                id,
                now.minusSeconds(60));
    }
}
