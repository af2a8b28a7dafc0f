package io.kaiku.knowledgebase;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kaiku.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Queries of the knowledge base's own tables. */
@ApplicationScoped
public class KnowledgeBaseRepository {
    private final EntityManager em;

    public KnowledgeBaseRepository(EntityManager em) {
        this.em = em;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<KbCategory> category(long id) {
        return Optional.ofNullable(em.find(KbCategory.class, id));
    }

    public Optional<KbSection> section(long id) {
        return Optional.ofNullable(em.find(KbSection.class, id));
    }

    public Optional<KbArticle> article(long id) {
        return Optional.ofNullable(em.find(KbArticle.class, id));
    }

    public Optional<KbArticle> articleForUpdate(long id) {
        return Optional.ofNullable(em.find(KbArticle.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<KbCategory> categories() {
        return em.createQuery("from KbCategory order by position, id", KbCategory.class)
                .getResultList();
    }

    public List<KbSection> sections() {
        return em.createQuery("from KbSection order by position, id", KbSection.class)
                .getResultList();
    }

    public List<KbSection> sectionsOf(long categoryId) {
        return em.createQuery("from KbSection where categoryId = :c order by position, id", KbSection.class)
                .setParameter("c", categoryId)
                .getResultList();
    }

    public List<KbArticle> articlesOfSection(long sectionId) {
        return em.createQuery("from KbArticle where sectionId = :s order by id", KbArticle.class)
                .setParameter("s", sectionId)
                .getResultList();
    }

    public Map<Long, Long> articleCountsBySection() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select sectionId, count(*) from KbArticle group by sectionId", Object[].class)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    public List<KbTranslation> translations(long articleId) {
        return em.createQuery("from KbTranslation where articleId = :a order by language", KbTranslation.class)
                .setParameter("a", articleId)
                .getResultList();
    }

    public List<KbTranslation> translationsOf(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "from KbTranslation where articleId in :a order by articleId, language", KbTranslation.class)
                .setParameter("a", articleIds)
                .getResultList();
    }

    public Optional<KbTranslation> translation(long articleId, String language) {
        return em.createQuery("from KbTranslation where articleId = :a and language = :l", KbTranslation.class)
                .setParameter("a", articleId)
                .setParameter("l", language)
                .getResultStream()
                .findFirst();
    }

    public boolean slugTaken(String language, String slug, Long exceptTranslationId) {
        return !em.createQuery(
                        "select id from KbTranslation where language = :l and slug = :s and (:except is null or id <> :except)",
                        Long.class)
                .setParameter("l", language)
                .setParameter("s", slug)
                .setParameter("except", exceptTranslationId)
                .getResultList()
                .isEmpty();
    }

    public Optional<KbTranslation> publishedBySlug(String language, String slug) {
        return em.createQuery(
                        "from KbTranslation where language = :l and slug = :s and state = :published",
                        KbTranslation.class)
                .setParameter("l", language)
                .setParameter("s", slug)
                .setParameter("published", TranslationState.PUBLISHED)
                .getResultStream()
                .findFirst();
    }

    public Optional<KbTranslationVersion> version(long id) {
        return Optional.ofNullable(em.find(KbTranslationVersion.class, id));
    }

    public List<KbTranslationVersion> versions(long translationId) {
        return em.createQuery(
                        "from KbTranslationVersion where translationId = :t order by number desc",
                        KbTranslationVersion.class)
                .setParameter("t", translationId)
                .getResultList();
    }

    public Optional<KbTranslationVersion> version(long translationId, int number) {
        return em.createQuery(
                        "from KbTranslationVersion where translationId = :t and number = :n",
                        KbTranslationVersion.class)
                .setParameter("t", translationId)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    public int nextVersionNumber(long translationId) {
        Integer max = em.createQuery(
                        "select max(number) from KbTranslationVersion where translationId = :t", Integer.class)
                .setParameter("t", translationId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public List<KbAttachment> attachments(long articleId) {
        return em
                .createQuery(
                        "select new io.kaiku.knowledgebase.KbAttachmentInfo(id, articleId, filename, contentType, sizeBytes, accessKey)"
                                + " from KbAttachment where articleId = :a order by id",
                        KbAttachmentInfo.class)
                .setParameter("a", articleId)
                .getResultList()
                .stream()
                .map(KbAttachmentInfo::toAttachment)
                .toList();
    }

    public Optional<KbAttachment> attachment(long id) {
        return Optional.ofNullable(em.find(KbAttachment.class, id));
    }

    /** Articles whose category or section changed: every article below them. */
    public List<KbArticle> articlesOfCategory(long categoryId) {
        return em.createQuery(
                        "select a from KbArticle a, KbSection s where s.id = a.sectionId and s.categoryId = :c",
                        KbArticle.class)
                .setParameter("c", categoryId)
                .getResultList();
    }

    public Map<Long, long[]> feedbackCounts(List<Long> translationIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (translationIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select translation_id, count(*) filter (where helpful), count(*) filter (where not helpful)"
                                + " from kb_feedback where translation_id = any(cast(:ids as bigint[])) group by translation_id")
                .setParameter("ids", longArray(translationIds))
                .getResultList();
        for (Object[] row : rows) {
            counts.put(
                    SqlValues.toPrimitiveLong(row[0]),
                    new long[] {SqlValues.toPrimitiveLong(row[1]), SqlValues.toPrimitiveLong(row[2])});
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> feedbackComments(long articleId, int limit) {
        return em.createNativeQuery("""
                select t.language, f.helpful, f.comment, f.created_at
                  from kb_feedback f join kb_translation t on t.id = f.translation_id
                 where t.article_id = :a and f.comment is not null
                 order by f.created_at desc limit :limit
                """)
                .setParameter("a", articleId)
                .setParameter("limit", limit)
                .getResultList();
    }

    public long nextId() {
        return ((Number) em.createNativeQuery("select nextval('kb_seq')").getSingleResult()).longValue();
    }

    public void addFeedback(long translationId, boolean helpful, String comment, Long userId, Instant at) {
        em.createNativeQuery("insert into kb_feedback (id, translation_id, helpful, comment, user_id, created_at)"
                        + " values (nextval('kb_seq'), :t, :h, :c, :u, :at)")
                .setParameter("t", translationId)
                .setParameter("h", helpful)
                .setParameter("c", comment)
                .setParameter("u", userId)
                .setParameter("at", at)
                .executeUpdate();
    }

    public void countView(long translationId) {
        em.createNativeQuery("update kb_translation set view_count = view_count + 1 where id = :t")
                .setParameter("t", translationId)
                .executeUpdate();
    }

    public void recordCustomerView(long translationId, long articleId, long customerId, Instant at) {
        em.createNativeQuery("insert into kb_article_view (id, translation_id, article_id, customer_id, viewed_at)"
                        + " values (nextval('kb_seq'), :t, :a, :c, :at)")
                .setParameter("t", translationId)
                .setParameter("a", articleId)
                .setParameter("c", customerId)
                .setParameter("at", at)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Long> articlesReadBy(long customerId, Instant since) {
        List<Object> rows = em.createNativeQuery(
                        "select article_id from kb_article_view where customer_id = :c and viewed_at >= :since"
                                + " group by article_id order by max(viewed_at) desc limit 20")
                .setParameter("c", customerId)
                .setParameter("since", since)
                .getResultList();
        return rows.stream().map(SqlValues::toLong).toList();
    }

    public long addDeflection(
            String outcome,
            Long customerId,
            Long articleId,
            String language,
            String query,
            Long ticketId,
            List<Long> articlesRead,
            Instant at) {
        long id = nextId();
        em.createNativeQuery("""
                insert into kb_deflection (id, outcome, customer_id, article_id, language, query, ticket_id, articles_read, created_at)
                values (:id, :o, :c, :a, :l, :q, :t, cast(:read as bigint[]), :at)
                """)
                .setParameter("id", id)
                .setParameter("o", outcome)
                .setParameter("c", customerId)
                .setParameter("a", articleId)
                .setParameter("l", language)
                .setParameter("q", query)
                .setParameter("t", ticketId)
                .setParameter("read", longArray(articlesRead))
                .setParameter("at", at)
                .executeUpdate();
        return id;
    }

    public void linkTicket(long articleId, long ticketId, String relation, Long userId, Instant at) {
        em.createNativeQuery("""
                insert into kb_article_ticket (article_id, ticket_id, relation, created_by_id, created_at)
                values (:a, :t, :r, :u, :at) on conflict do nothing
                """)
                .setParameter("a", articleId)
                .setParameter("t", ticketId)
                .setParameter("r", relation)
                .setParameter("u", userId)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** Self-service figures since a time: deflections, submissions, views and votes. */
    public Object[] selfServiceCounts(Instant since) {
        return (Object[]) em.createNativeQuery("""
                select (select count(*) from kb_deflection where outcome = 'deflected' and created_at >= :since),
                       (select count(*) from kb_deflection where outcome = 'submitted' and created_at >= :since),
                       (select coalesce(sum(view_count), 0) from kb_translation),
                       (select count(*) from kb_feedback where helpful and created_at >= :since),
                       (select count(*) from kb_feedback where not helpful and created_at >= :since)
                """).setParameter("since", since).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> readBeforeRequests(Instant since, int limit) {
        return em.createNativeQuery("""
                select r.article_id, count(*) from kb_deflection d, unnest(d.articles_read) r(article_id)
                 where d.outcome = 'submitted' and d.created_at >= :since
                 group by r.article_id order by count(*) desc, r.article_id limit :limit
                """)
                .setParameter("since", since)
                .setParameter("limit", limit)
                .getResultList();
    }

    public List<KbArticle> listArticles(
            Long sectionId, TranslationState state, String language, long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select a from KbArticle a where a.id < :before");
        if (sectionId != null) {
            jpql.append(" and a.sectionId = :section");
        }
        if (state != null || language != null) {
            jpql.append(" and exists (select 1 from KbTranslation t where t.articleId = a.id");
            if (state != null) {
                jpql.append(" and t.state = :state");
            }
            if (language != null) {
                jpql.append(" and t.language = :language");
            }
            jpql.append(")");
        }
        jpql.append(" order by a.id desc");
        var query = em.createQuery(jpql.toString(), KbArticle.class).setParameter("before", beforeId);
        if (sectionId != null) {
            query.setParameter("section", sectionId);
        }
        if (state != null) {
            query.setParameter("state", state);
        }
        if (language != null) {
            query.setParameter("language", language);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** Published translations of the articles a caller may see in one section. */
    public List<KbTranslation> publishedInSection(long sectionId, int audience) {
        return em.createQuery(
                        "select t from KbTranslation t, KbArticle a where a.id = t.articleId and a.sectionId = :s"
                                + " and a.audience <= :audience and t.state = :published order by a.id, t.language",
                        KbTranslation.class)
                .setParameter("s", sectionId)
                .setParameter("audience", (short) audience)
                .setParameter("published", TranslationState.PUBLISHED)
                .getResultList();
    }

    public Map<Long, Long> publishedCountsBySection(int audience) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select a.sectionId, count(distinct a.id) from KbArticle a where a.audience <= :audience and exists"
                                + " (select 1 from KbTranslation t where t.articleId = a.id and t.state = :published)"
                                + " group by a.sectionId",
                        Object[].class)
                .setParameter("audience", (short) audience)
                .setParameter("published", TranslationState.PUBLISHED)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    public void rotateAttachmentKeys(long articleId) {
        for (KbAttachment attachment : em.createQuery("from KbAttachment where articleId = :a", KbAttachment.class)
                .setParameter("a", articleId)
                .getResultList()) {
            attachment.accessKey = KnowledgeBaseService.newKey();
        }
    }

    static String longArray(List<Long> values) {
        StringBuilder array = new StringBuilder("{");
        for (Long value : values) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append(value);
        }
        return array.append('}').toString();
    }
}
