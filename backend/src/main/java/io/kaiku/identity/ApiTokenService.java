package io.kaiku.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.kaiku.common.Caller;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Personal API tokens: the secret is shown once and only its SHA-256 is stored. */
@ApplicationScoped
public class ApiTokenService {
    public static final String PREFIX = "kaiku_";

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokenService(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public List<ApiTokenView> listOwn(Caller caller) {
        return tokens.findByUser(caller.userId()).stream().map(ApiTokenView::of).toList();
    }

    @Transactional
    public ApiTokenCreated create(CreateApiTokenRequest request, Caller caller, Credential credential) {
        Role role = request.role() == null ? caller.role() : request.role();
        if (role == Role.customer || !caller.role().includes(role)) {
            throw new InvalidRequestException("role", "not-allowed", "A token can have at most your own role.");
        }
        Set<ApiTokenScope> scopes = request.scopes() == null ? Set.of() : request.scopes();
        if (!credential.scopes().containsAll(scopes)) {
            throw new InvalidRequestException(
                    "scopes", "not-allowed", "A token can have at most the scopes of the credential creating it.");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken apiToken = new ApiToken();
        apiToken.userId = caller.userId();
        apiToken.name = request.name().strip();
        apiToken.role = role;
        apiToken.scopes = ApiTokenScope.format(scopes);
        apiToken.prefix = token.substring(0, 12);
        apiToken.tokenHash = sha256(token);
        apiToken.createdAt = clock.instant();
        apiToken.expiresAt = request.expiresAt();
        tokens.persist(apiToken);
        return new ApiTokenCreated(
                apiToken.id,
                apiToken.name,
                apiToken.role,
                List.copyOf(ApiTokenScope.parse(apiToken.scopes)),
                apiToken.prefix,
                apiToken.createdAt,
                apiToken.expiresAt,
                token);
    }

    /** Revokes one of the caller's tokens; admins may revoke anyone's. */
    @Transactional
    public void revoke(long id, Caller caller) {
        ApiToken token = tokens.findByIdOptional(id)
                .filter(t -> t.userId == caller.userId() || caller.role() == Role.admin)
                .orElseThrow(
                        () -> new ResourceNotFoundException("api-token.not-found", "No API token with id " + id + "."));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
        }
    }

    /** An API token revoking itself (sign-out with the token). */
    @Transactional
    public void revokeOwn(long id, long userId) {
        tokens.findByIdOptional(id)
                .filter(t -> t.userId == userId && t.revokedAt == null)
                .ifPresent(t -> t.revokedAt = clock.instant());
    }

    /** The token behind a presented secret, if it is usable now. */
    @Transactional
    Optional<ApiToken> authenticate(String secret) {
        Instant now = clock.instant();
        Optional<ApiToken> token = tokens.findByHash(sha256(secret)).filter(t -> t.isUsableAt(now));
        token.ifPresent(t -> tokens.touch(t.id, now));
        return token;
    }

    static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
