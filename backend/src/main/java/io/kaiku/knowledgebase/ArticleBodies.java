package io.kaiku.knowledgebase;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Article bodies: rich text sanitised on arrival. Images may only come from the article's own
 * attachments, whose access keys are stripped when stored and added again when served.
 */
@ApplicationScoped
public class ArticleBodies {
    public static final String ATTACHMENT_PATH = "/api/v1/help-center/attachments/";
    private static final Pattern ATTACHMENT_URL =
            Pattern.compile(Pattern.quote(ATTACHMENT_PATH) + "(\\d+)/content(?:\\?key=[A-Za-z0-9_-]*)?");
    private static final Pattern OWN_IMAGE =
            Pattern.compile(Pattern.quote(ATTACHMENT_PATH) + "\\d+/content(\\?key=[A-Za-z0-9_-]*)?");
    private static final Set<String> BLOCKS =
            Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "pre", "tr", "ul", "ol", "table", "img");

    private final PolicyFactory policy = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "span", "img")
                    .allowAttributes("alt", "title")
                    .onElements("img")
                    .allowAttributes("width", "height")
                    .matching(Pattern.compile("\\d{1,4}"))
                    .onElements("img")
                    .allowAttributes("src")
                    .matching(OWN_IMAGE)
                    .onElements("img")
                    .allowUrlProtocols("https", "http", "mailto")
                    .allowStandardUrlProtocols()
                    .toFactory());

    /** Safe HTML with attachment URLs in their stored form (no key). */
    public String sanitise(String html) {
        String safe = policy.sanitize(html == null ? "" : html);
        // An image the policy dropped the src of is of no use.
        safe = safe.replaceAll("<img(?![^>]*\\bsrc=)[^>]*>", "");
        return ATTACHMENT_URL.matcher(safe).replaceAll(m -> ATTACHMENT_PATH + m.group(1) + "/content");
    }

    /** Adds the current key to every attachment URL of a stored body, for a caller who may read it. */
    public String withKeys(String html, Map<Long, String> keys) {
        Matcher matcher = ATTACHMENT_URL.matcher(html);
        return matcher.replaceAll(m -> {
            String key = keys.get(Long.parseLong(m.group(1)));
            return key == null ? "" : ATTACHMENT_PATH + m.group(1) + "/content?key=" + key;
        });
    }

    public String toText(String sanitisedHtml) {
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(sanitisedHtml).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element
                        && element.normalName().equals("br")) {
                    text.append('\n');
                } else if (node instanceof Element element
                        && element.normalName().equals("li")) {
                    text.append("- ");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }
        });
        return text.toString()
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /** A URL part made from a title: lower case, letters and digits of any script, joined by dashes. */
    public static String slugify(String title) {
        String normal = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        String slug = normal.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
