package io.kaiku.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Signs and checks the short-lived access tokens handed out at sign-in (HS256 JWTs naming the user
 * and the session record). The key is created on first run in the data directory, or given by
 * configuration so that several instances on one database accept each other's tokens. A valid
 * signature is not enough: the session must also still be open (see {@link CallerResolver}).
 */
@ApplicationScoped
public class AccessTokens {
    private static final String ISSUER = "kaiku";
    private static final String SESSION_CLAIM = "sid";
    private static final int VERIFIED_CACHE_SIZE = 10_000;

    private final HmacKey key;
    private final Duration lifetime;
    private final Clock clock;
    private final JwtConsumer consumer;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public AccessTokens(
            @ConfigProperty(name = "kaiku.data-dir") Path dataDirectory,
            @ConfigProperty(name = "kaiku.auth.signing-key") Optional<String> configuredKey,
            @ConfigProperty(name = "kaiku.auth.token-lifetime") Duration lifetime,
            Clock clock)
            throws IOException {
        byte[] secret = configuredKey
                .filter(k -> !k.isBlank())
                .map(k -> Base64.getDecoder().decode(k.strip()))
                .orElse(null);
        this.key =
                new HmacKey(secret != null ? secret : loadOrCreateKey(dataDirectory.resolve("keys/token-signing.key")));
        this.lifetime = lifetime;
        this.clock = clock;
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setExpectedIssuer(ISSUER)
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
                .build();
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A token for the session {@code sessionId} of {@code userId}, valid until {@code expiresAt}. */
    public String issue(long userId, long sessionId, Instant expiresAt) {
        Instant now = clock.instant();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(Long.toString(userId));
        claims.setClaim(SESSION_CLAIM, sessionId);
        claims.setIssuedAt(NumericDate.fromMilliseconds(now.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(expiresAt.toEpochMilli()));
        claims.setGeneratedJwtId();
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        signature.setKey(key);
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
    }

    /** The user and session a validly signed, unexpired token was issued for. */
    public Optional<Verified> verify(String token) {
        long now = clock.millis();
        Verified known = verified.get(token);
        if (known != null) {
            return known.expiresAtMillis() > now ? Optional.of(known) : Optional.empty();
        }
        try {
            JwtClaims claims = consumer.processToClaims(token);
            Object session = claims.getClaimValue(SESSION_CLAIM);
            if (!(session instanceof Number sessionId)) {
                return Optional.empty(); // issued before sessions were recorded
            }
            Verified result = new Verified(
                    Long.parseLong(claims.getSubject()),
                    sessionId.longValue(),
                    claims.getExpirationTime().getValueInMillis());
            remember(token, result);
            return Optional.of(result);
        } catch (InvalidJwtException | NumberFormatException | org.jose4j.jwt.MalformedClaimException e) {
            return Optional.empty();
        }
    }

    /**
     * The CSRF token of a browser session: derived from the session id with the signing key, so
     * every instance computes the same one and none needs to store it.
     */
    public String csrfToken(long sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("csrf:" + sessionId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so the comparison leaks nothing about the expected value. */
    public boolean isCsrfToken(long sessionId, String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        csrfToken(sessionId).getBytes(StandardCharsets.UTF_8),
                        presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** A signature, once checked, stays valid until the token expires: checking it again is wasted work. */
    private void remember(String token, Verified result) {
        if (verified.size() >= VERIFIED_CACHE_SIZE) {
            verified.clear();
        }
        verified.put(token, result);
    }

    public record Verified(long userId, long sessionId, long expiresAtMillis) {}

    private static byte[] loadOrCreateKey(Path file) throws IOException {
        if (Files.exists(file)) {
            return Base64.getDecoder().decode(Files.readString(file).strip());
        }
        Files.createDirectories(file.getParent());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path temporary = Files.createTempFile(
                file.getParent(),
                "signing",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, Base64.getEncoder().encodeToString(secret));
        try {
            // Never replace a key another process created first: its tokens are already out there.
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temporary);
        }
        return Base64.getDecoder().decode(Files.readString(file).strip());
    }
}
