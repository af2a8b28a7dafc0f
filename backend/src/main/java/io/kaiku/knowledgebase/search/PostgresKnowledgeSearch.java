package io.kaiku.knowledgebase.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.kaiku.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * {@link KnowledgeSearch} in PostgreSQL: the lexemes Lucene computes are stored as a weighted
 * tsvector (title A, keywords B, body D) under a GIN index on (language, search), ranked with
 * ts_rank. Words the vocabulary does not know are replaced by the most similar known word
 * (pg_trgm), which is how typos still find articles.
 */
@ApplicationScoped
public class PostgresKnowledgeSearch implements KnowledgeSearch {
    private static final int MAX_POSITION = 16383;
    private static final int MAX_POSITIONS_PER_TERM = 100;
    private static final double SIMILARITY = 0.35;
    private static final int SNIPPET_LENGTH = 200;

    private final EntityManager em;
    private final TextAnalysis analysis;

    public PostgresKnowledgeSearch(EntityManager em, TextAnalysis analysis) {
        this.em = em;
        this.analysis = analysis;
    }

    @Override
    public void index(Document document) {
        Map<String, List<String>> positions = new TreeMap<>();
        int position = add(positions, analysis.tokens(document.language(), document.title()), 0, 'A');
        position = add(
                positions,
                analysis.tokens(document.language(), String.join(" . ", document.keywords())),
                position + 1,
                'B');
        add(positions, analysis.tokens(document.language(), document.bodyText()), position + 1, 'D');
        String vector = tsvector(positions);
        List<String> terms = new ArrayList<>(positions.keySet());

        Object[] old = previous(document.translationId());
        if (old != null) {
            forget((String) old[0], ((Number) old[1]).intValue(), SqlValues.toTextList(old[2]));
        }
        em.createNativeQuery("""
                insert into kb_search_document (translation_id, article_id, section_id, category_id, language, audience,
                                                title, slug, body_text, terms, search, published_at)
                values (:id, :article, :section, :category, :language, :audience, :title, :slug, :body,
                        cast(:terms as text[]), cast(:vector as tsvector), :published)
                on conflict (translation_id) do update
                   set article_id = excluded.article_id, section_id = excluded.section_id,
                       category_id = excluded.category_id, language = excluded.language,
                       audience = excluded.audience, title = excluded.title, slug = excluded.slug,
                       body_text = excluded.body_text, terms = excluded.terms, search = excluded.search,
                       published_at = excluded.published_at
                """)
                .setParameter("id", document.translationId())
                .setParameter("article", document.articleId())
                .setParameter("section", document.sectionId())
                .setParameter("category", document.categoryId())
                .setParameter("language", document.language())
                .setParameter("audience", (short) document.audience())
                .setParameter("title", document.title())
                .setParameter("slug", document.slug())
                .setParameter("body", document.bodyText())
                .setParameter("terms", textArray(terms))
                .setParameter("vector", vector)
                .setParameter("published", document.publishedAt())
                .executeUpdate();
        learn(document.language(), document.audience(), terms);
    }

    @Override
    public void remove(long translationId) {
        Object[] old = previous(translationId);
        if (old == null) {
            return;
        }
        forget((String) old[0], ((Number) old[1]).intValue(), SqlValues.toTextList(old[2]));
        em.createNativeQuery("delete from kb_search_document where translation_id = :id")
                .setParameter("id", translationId)
                .executeUpdate();
    }

    @Override
    public void removeArticle(long articleId) {
        for (Long id : translationsOf(articleId)) {
            remove(id);
        }
    }

    @Override
    public void move(long articleId, long sectionId, long categoryId, int audience) {
        for (Long id : translationsOf(articleId)) {
            Object[] old = previous(id);
            int before = ((Number) old[1]).intValue();
            if (before != audience) {
                List<String> terms = SqlValues.toTextList(old[2]);
                forget((String) old[0], before, terms);
                learn((String) old[0], audience, terms);
            }
        }
        em.createNativeQuery(
                        "update kb_search_document set section_id = :section, category_id = :category, audience = :audience"
                                + " where article_id = :article")
                .setParameter("section", sectionId)
                .setParameter("category", categoryId)
                .setParameter("audience", (short) audience)
                .setParameter("article", articleId)
                .executeUpdate();
    }

    @Override
    public Results search(Query query) {
        Map<String, Analysed> analysed = new LinkedHashMap<>();
        for (String language : query.languages()) {
            Analysed a = analyse(language, query.text(), query.prefix());
            if (!a.terms.isEmpty()) {
                analysed.put(language, a);
            }
        }
        if (analysed.isEmpty()) {
            return new Results(List.of(), false, List.of());
        }
        List<Row> rows = run(query, analysed, query.anyTerm());
        if (rows.isEmpty() && !query.anyTerm()) {
            rows = run(query, analysed, true);
        }
        boolean fuzzy = false;
        List<String> corrected = new ArrayList<>();
        if (rows.isEmpty()) {
            Map<String, Analysed> fixed = new LinkedHashMap<>();
            analysed.forEach((language, a) -> {
                Analysed f = correct(language, a, query.maxAudience());
                if (f != null) {
                    fixed.put(language, f);
                    corrected.addAll(f.terms);
                }
            });
            if (!fixed.isEmpty()) {
                analysed = fixed;
                rows = run(query, analysed, false);
                if (rows.isEmpty()) {
                    rows = run(query, analysed, true);
                }
                fuzzy = !rows.isEmpty();
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Row row : rows) {
            Analysed a = analysed.get(row.language);
            Set<String> terms = new TreeSet<>(a.terms);
            Set<String> prefixes = a.prefixes;
            String title = Highlighter.mark(analysis.tokens(row.language, row.title), row.title, terms, prefixes);
            String snippet = Highlighter.snippet(analysis, row.language, row.body, terms, prefixes, SNIPPET_LENGTH);
            hits.add(new Hit(
                    row.translationId,
                    row.articleId,
                    row.sectionId,
                    row.categoryId,
                    row.language,
                    row.title,
                    row.slug,
                    title,
                    snippet,
                    row.score));
        }
        return new Results(hits, fuzzy, fuzzy ? List.copyOf(new LinkedHashSet<>(corrected)) : List.of());
    }

    /** The words of a query as stems; an unfinished last word also matches as a prefix. */
    private record Analysed(List<String> terms, Set<String> prefixes, String tsqueryAll, String tsqueryAny) {}

    private Analysed analyse(String language, String text, boolean prefix) {
        List<TextAnalysis.Token> tokens = analysis.tokens(language, text);
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        tokens.stream().limit(12).forEach(t -> terms.add(t.term()));
        Set<String> prefixes = new LinkedHashSet<>();
        String last = null;
        if (prefix && !tokens.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            TextAnalysis.Token token = tokens.get(tokens.size() - 1);
            String surface = text.substring(token.start(), token.end()).toLowerCase(java.util.Locale.ROOT);
            last = token.term();
            if (!"ja".equals(language)) {
                prefixes.add(last);
                if (!surface.equals(last) && surface.length() <= 100) {
                    prefixes.add(surface);
                }
            }
        }
        List<String> all = new ArrayList<>();
        List<String> any = new ArrayList<>();
        for (String term : terms) {
            String clause;
            if (term.equals(last) && !prefixes.isEmpty()) {
                clause = "("
                        + String.join(
                                " | ",
                                prefixes.stream().map(p -> quote(p) + ":*").toList()) + ")";
            } else {
                clause = quote(term);
            }
            all.add(clause);
            any.add(clause);
        }
        return new Analysed(List.copyOf(terms), prefixes, String.join(" & ", all), String.join(" | ", any));
    }

    /** Replaces words the vocabulary does not know by their most similar known word. */
    @SuppressWarnings("unchecked")
    private Analysed correct(String language, Analysed analysed, int maxAudience) {
        List<String> known = em.createNativeQuery(
                        "select distinct term from kb_search_term where language = :language and audience <= :audience"
                                + " and term = any(cast(:terms as text[]))")
                .setParameter("language", language)
                .setParameter("audience", (short) maxAudience)
                .setParameter("terms", textArray(analysed.terms))
                .getResultList();
        List<String> terms = new ArrayList<>();
        boolean changed = false;
        for (String term : analysed.terms) {
            if (known.contains(term) || term.length() < 3) {
                terms.add(term);
                continue;
            }
            List<String> similar = em.createNativeQuery("""
                    select term from kb_search_term
                     where language = :language and audience <= :audience and term % :term
                       and similarity(term, :term) >= :threshold
                     order by similarity(term, :term) desc, documents desc, term
                     limit 1
                    """)
                    .setParameter("language", language)
                    .setParameter("audience", (short) maxAudience)
                    .setParameter("term", term)
                    .setParameter("threshold", SIMILARITY)
                    .getResultList();
            if (similar.isEmpty()) {
                terms.add(term);
            } else {
                terms.add(similar.get(0));
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        List<String> quoted = terms.stream().map(PostgresKnowledgeSearch::quote).toList();
        return new Analysed(terms, Set.of(), String.join(" & ", quoted), String.join(" | ", quoted));
    }

    private record Row(
            long translationId,
            long articleId,
            long sectionId,
            long categoryId,
            String language,
            String title,
            String slug,
            String body,
            double score) {}

    @SuppressWarnings("unchecked")
    private List<Row> run(Query query, Map<String, Analysed> analysed, boolean any) {
        StringBuilder values = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Analysed> entry : analysed.entrySet()) {
            if (i > 0) {
                values.append(", ");
            }
            values.append("(cast(:l")
                    .append(i)
                    .append(" as varchar), cast(:q")
                    .append(i)
                    .append(" as tsquery))");
            parameters.put("l" + i, entry.getKey());
            parameters.put("q" + i, any ? entry.getValue().tsqueryAny : entry.getValue().tsqueryAll);
            i++;
        }
        StringBuilder where = new StringBuilder("d.search @@ q.query and d.audience <= :audience");
        parameters.put("audience", (short) query.maxAudience());
        if (query.categoryId() != null) {
            where.append(" and d.category_id = :category");
            parameters.put("category", query.categoryId());
        }
        if (query.sectionId() != null) {
            where.append(" and d.section_id = :section");
            parameters.put("section", query.sectionId());
        }
        // Rank first on the narrow columns, then read titles and bodies of the few that are shown.
        String sql = "with q(language, query) as (values " + values + "),"
                + " ranked as (select d.translation_id, ts_rank('{0.1, 0.2, 0.4, 1.0}', d.search, q.query, 1) as score"
                + "   from kb_search_document d join q on d.language = q.language"
                + "  where " + where + " order by score desc, d.translation_id limit :limit)"
                + " select d.translation_id, d.article_id, d.section_id, d.category_id, d.language, d.title, d.slug,"
                + "        d.body_text, r.score"
                + "   from ranked r join kb_search_document d on d.translation_id = r.translation_id"
                + "  order by r.score desc, d.translation_id";
        jakarta.persistence.Query statement = em.createNativeQuery(sql);
        parameters.forEach(statement::setParameter);
        statement.setParameter("limit", query.limit());
        List<Object[]> result = statement.getResultList();
        return result.stream()
                .map(r -> new Row(
                        SqlValues.toPrimitiveLong(r[0]),
                        SqlValues.toPrimitiveLong(r[1]),
                        SqlValues.toPrimitiveLong(r[2]),
                        SqlValues.toPrimitiveLong(r[3]),
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        ((Number) r[8]).doubleValue()))
                .toList();
    }

    private Object[] previous(long translationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select language, audience, terms from kb_search_document where translation_id = :id for update")
                .setParameter("id", translationId)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Long> translationsOf(long articleId) {
        List<Object> rows = em.createNativeQuery(
                        "select translation_id from kb_search_document where article_id = :article order by translation_id")
                .setParameter("article", articleId)
                .getResultList();
        return rows.stream().map(SqlValues::toLong).toList();
    }

    /** Counts each term once per document; sorted so concurrent publications lock rows in one order. */
    private void learn(String language, int audience, Collection<String> terms) {
        if (terms.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into kb_search_term (language, audience, term, documents)
                select :language, :audience, t, 1 from unnest(cast(:terms as text[])) t order by t
                on conflict (language, audience, term) do update set documents = kb_search_term.documents + 1
                """)
                .setParameter("language", language)
                .setParameter("audience", (short) audience)
                .setParameter("terms", textArray(new TreeSet<>(terms)))
                .executeUpdate();
    }

    private void forget(String language, int audience, Collection<String> terms) {
        if (terms.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                update kb_search_term set documents = documents - 1
                 where language = :language and audience = :audience and term = any(cast(:terms as text[]))
                """)
                .setParameter("language", language)
                .setParameter("audience", (short) audience)
                .setParameter("terms", textArray(new TreeSet<>(terms)))
                .executeUpdate();
        em.createNativeQuery(
                        "delete from kb_search_term where language = :language and audience = :audience and documents <= 0"
                                + " and term = any(cast(:terms as text[]))")
                .setParameter("language", language)
                .setParameter("audience", (short) audience)
                .setParameter("terms", textArray(new TreeSet<>(terms)))
                .executeUpdate();
    }

    private static int add(
            Map<String, List<String>> positions, List<TextAnalysis.Token> tokens, int offset, char weight) {
        int last = offset;
        for (TextAnalysis.Token token : tokens) {
            int position = Math.min(MAX_POSITION, offset + token.position());
            last = position;
            List<String> list = positions.computeIfAbsent(token.term(), k -> new ArrayList<>());
            if (list.size() < MAX_POSITIONS_PER_TERM) {
                list.add(position + (weight == 'D' ? "" : String.valueOf(weight)));
            }
        }
        return last;
    }

    private static String tsvector(Map<String, List<String>> positions) {
        StringBuilder vector = new StringBuilder();
        positions.forEach((term, list) -> {
            if (!vector.isEmpty()) {
                vector.append(' ');
            }
            vector.append(quote(term)).append(':').append(String.join(",", list));
        });
        return vector.toString();
    }

    /** A lexeme as tsvector and tsquery input take it literally (no parsing, so no locale involved). */
    static String quote(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** A PostgreSQL text[] literal. */
    static String textArray(Collection<String> values) {
        StringBuilder array = new StringBuilder("{");
        for (String value : values) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append('"')
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return array.append('}').toString();
    }
}
