package io.kaiku.ticket;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Message bodies: HTML sanitised on arrival, plus a plain-text rendering. */
@ApplicationScoped
public class MessageBodies {
    private static final Set<String> BLOCKS =
            Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "pre", "tr", "ul", "ol", "table");

    private final PolicyFactory policy = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "span")
                    .toFactory());

    public String sanitise(String html) {
        return policy.sanitize(html);
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
}
