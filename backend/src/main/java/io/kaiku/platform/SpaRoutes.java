package io.kaiku.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves the built SPA (agent workspace and customer portal) from the same origin as the API.
 * Unknown paths outside /api and /q get index.html so that client-side routes survive a reload.
 * index.html is answered from memory with a fresh CSP nonce in its {@code csp-nonce} meta tag and
 * in the Content-Security-Policy header, so that the app's own style elements are allowed and no
 * others (see {@link SecurityHeaders}).
 */
@ApplicationScoped
public class SpaRoutes {
    private static final Logger LOG = Logger.getLogger(SpaRoutes.class);

    static final String NONCE_PLACEHOLDER = "__CSP_NONCE__";

    private final Path webRoot;
    private final SecureRandom random = new SecureRandom();

    public SpaRoutes(@ConfigProperty(name = "kaiku.web-root") String webRoot) {
        this.webRoot = Path.of(webRoot).toAbsolutePath().normalize();
    }

    void register(@Observes Router router) {
        Path index = webRoot.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            LOG.infof("No built SPA at %s; serving the API only", webRoot);
            return;
        }
        // Built assets carry a content hash in their names, so browsers may keep them for good;
        // everything else is revalidated so a new release is picked up on the next load.
        StaticHandler assets = StaticHandler.create(
                        FileSystemAccess.ROOT, webRoot.resolve("assets").toString())
                .setCachingEnabled(true)
                .setMaxAgeSeconds(Duration.ofDays(365).toSeconds());
        router.route("/assets/*")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .order(-11)
                .handler(assets)
                .handler(context -> context.response().setStatusCode(404).end());
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, webRoot.toString())
                .setCachingEnabled(false)
                .setIndexPage("index.html")
                .setDefaultContentEncoding("UTF-8");
        String page;
        try {
            page = Files.readString(index);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        router.routeWithRegex("^/(?!api/|q/|api$|q$|assets/).*")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .order(-10)
                .handler(context -> {
                    context.response().putHeader("Cache-Control", "no-cache");
                    String path = context.request().path();
                    if (path.equals("/") || path.equals("/index.html")) {
                        sendPage(context, page);
                    } else {
                        context.next();
                    }
                })
                .handler(files)
                .handler(context -> sendPage(context, page));
        LOG.infof("Serving the SPA from %s", webRoot);
    }

    private void sendPage(RoutingContext context, String page) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        context.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", SecurityHeaders.appPolicy(nonce))
                .end(page.replace(NONCE_PLACEHOLDER, nonce));
    }
}
