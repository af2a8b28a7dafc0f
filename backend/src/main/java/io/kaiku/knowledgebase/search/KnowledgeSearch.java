package io.kaiku.knowledgebase.search;

import java.time.Instant;
import java.util.List;

/**
 * The knowledge base's search engine, behind one interface so that a deployment that outgrows
 * one database can index into OpenSearch instead: the rest of the feature only hands over
 * published translations and asks questions. Audience 0 is everyone, 1 signed-in customers, 2 staff.
 */
public interface KnowledgeSearch {
    /** Adds or replaces the published copy of one translation. */
    void index(Document document);

    void remove(long translationId);

    void removeArticle(long articleId);

    /** Moves every translation of an article to another section, category or audience. */
    void move(long articleId, long sectionId, long categoryId, int audience);

    Results search(Query query);

    record Document(
            long translationId,
            long articleId,
            long sectionId,
            long categoryId,
            String language,
            int audience,
            String title,
            String slug,
            List<String> keywords,
            String bodyText,
            Instant publishedAt) {}

    /**
     * A question: {@code prefix} treats the last word as unfinished (suggestions while typing);
     * {@code anyTerm} ranks articles that share any word instead of requiring them all.
     */
    record Query(
            String text,
            List<String> languages,
            int maxAudience,
            Long categoryId,
            Long sectionId,
            int limit,
            boolean prefix,
            boolean anyTerm) {}

    record Results(List<Hit> hits, boolean fuzzy, List<String> correctedTerms) {}

    record Hit(
            long translationId,
            long articleId,
            long sectionId,
            long categoryId,
            String language,
            String title,
            String slug,
            String titleHighlighted,
            String snippet,
            double score) {}
}
