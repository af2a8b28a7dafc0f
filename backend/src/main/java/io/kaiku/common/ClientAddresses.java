package io.kaiku.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request really came from. {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 * are believed only when the connection comes from a configured proxy ({@code
 * KAIKU_TRUSTED_PROXIES}: addresses or CIDR ranges), and the forwarded chain is read from the
 * right: the first address that is not one of our proxies is the client, since anything further
 * left was written by the client itself. (The HTTP layer's own forwarding support takes the
 * left-most entry, which a client can choose.)
 */
@ApplicationScoped
public class ClientAddresses {
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private final List<Range> trusted;

    public ClientAddresses(@ConfigProperty(name = "kaiku.http.trusted-proxies") Optional<List<String>> trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies.orElse(List.of())) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    /** The client's address as text, e.g. {@code 203.0.113.7} or {@code 2001:db8::1}. */
    public String of(HttpServerRequest request) {
        return resolve(peer(request), request.headers().getAll(FORWARDED_FOR));
    }

    /** The client behind {@code peer}, given the X-Forwarded-For headers it sent. */
    String resolve(String peer, List<String> forwardedFor) {
        if (trusted.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        List<String> chain = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String part : header.split(",")) {
                chain.add(part.strip());
            }
        }
        String client = peer;
        for (int i = chain.size() - 1; i >= 0; i--) {
            String candidate = literal(chain.get(i));
            if (candidate == null) {
                break; // garbage: stop at the last address we could vouch for
            }
            client = candidate;
            if (!isTrusted(candidate)) {
                break;
            }
        }
        return client;
    }

    /** Whether the client reached us over https (directly, or through a trusted proxy that says so). */
    public boolean isHttps(HttpServerRequest request) {
        if (request.isSSL()) {
            return true;
        }
        if (trusted.isEmpty() || !isTrusted(peer(request))) {
            return false;
        }
        String proto = request.getHeader(FORWARDED_PROTO);
        return proto != null && proto.split(",")[0].strip().equalsIgnoreCase("https");
    }

    private static String peer(HttpServerRequest request) {
        return request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }

    private boolean isTrusted(String address) {
        byte[] bytes = bytes(address);
        if (bytes == null) {
            return false;
        }
        for (Range range : trusted) {
            if (range.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** The address's bytes, IPv4-mapped IPv6 addresses as IPv4; null for anything but an IP literal. */
    private static byte[] bytes(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes != null && bytes.length == 16) {
            boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = bytes[i] == 0;
            }
            if (mapped) {
                return java.util.Arrays.copyOfRange(bytes, 12, 16);
            }
        }
        return bytes;
    }

    /** The address in a forwarded entry (without port or brackets), or null when it is none. */
    static String literal(String entry) {
        String value = entry;
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            value = end < 0 ? value : value.substring(1, end);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':')); // IPv4 with a port
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(value);
        if (bytes == null) {
            return null;
        }
        return NetUtil.bytesToIpAddress(bytes);
    }

    private record Range(byte[] network, int prefix) {
        static Range parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = bytes(address);
            if (bytes == null) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + text);
            }
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("Bad prefix length in " + text);
            }
            return new Range(bytes, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
