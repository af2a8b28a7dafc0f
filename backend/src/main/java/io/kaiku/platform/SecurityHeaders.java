package io.kaiku.platform;

import io.kaiku.common.ClientAddresses;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response. The web app gets a strict Content-Security-Policy: scripts
 * and styles only from Kaiku itself, inline styles only with the page's nonce (which Mantine and the
 * editor put on the style elements they create), no inline script at all, no framing; so even a
 * message whose HTML got past the sanitiser could neither run script nor restyle the page. API
 * answers are data and may load nothing.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    // Swagger UI and the other /q pages bring their own inline scripts: only framing is refused.
    static final String OPERATIONS_POLICY = "frame-ancestors 'none'";

    private final ClientAddresses clients;

    public SecurityHeaders(ClientAddresses clients) {
        this.clients = clients;
    }

    /** The web app's policy; {@code nonce} allows the page's own style elements. */
    static String appPolicy(String nonce) {
        String styles = nonce == null ? "'self'" : "'self' 'nonce-" + nonce + "'";
        return "default-src 'self'; script-src 'self'; style-src " + styles
                + "; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:"
                + "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String path = context.request().path();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (path != null && (path.startsWith("/api/") || path.equals("/api"))) {
            headers.set("Content-Security-Policy", API_POLICY);
        } else if (path != null && (path.startsWith("/q/") || path.equals("/q"))) {
            headers.set("Content-Security-Policy", OPERATIONS_POLICY);
        } else {
            headers.set("Content-Security-Policy", appPolicy(null));
        }
        if (clients.isHttps(context.request())) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
        context.next();
    }
}
