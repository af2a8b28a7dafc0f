package io.kaiku.knowledgebase;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiku.common.Caller;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.Reference;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.knowledgebase.HelpCenterDtos.AvailableTranslation;
import io.kaiku.knowledgebase.HelpCenterDtos.DeflectionOutcome;
import io.kaiku.knowledgebase.HelpCenterDtos.DeflectionRecorded;
import io.kaiku.knowledgebase.HelpCenterDtos.DeflectionRequest;
import io.kaiku.knowledgebase.HelpCenterDtos.FeedbackRequest;
import io.kaiku.knowledgebase.HelpCenterDtos.HelpArticle;
import io.kaiku.knowledgebase.HelpCenterDtos.HelpArticleSummary;
import io.kaiku.knowledgebase.HelpCenterDtos.HelpCategory;
import io.kaiku.knowledgebase.HelpCenterDtos.HelpCenterSettings;
import io.kaiku.knowledgebase.HelpCenterDtos.HelpSection;
import io.kaiku.knowledgebase.HelpCenterDtos.HelpSectionSummary;
import io.kaiku.knowledgebase.HelpCenterDtos.LinkPreview;
import io.kaiku.knowledgebase.HelpCenterDtos.SearchHit;
import io.kaiku.knowledgebase.HelpCenterDtos.SearchResults;
import io.kaiku.knowledgebase.search.KnowledgeSearch;
import io.kaiku.ticket.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Reading the help center. Every path filters by what the caller may see (anonymous: public;
 * customers: public and customer-only; staff: everything, internal guides included); what the
 * caller may not see is "not found", never "forbidden", so its existence does not leak either.
 */
@ApplicationScoped
public class HelpCenterService {
    private static final Pattern ARTICLE_LINK = Pattern.compile("/help/([a-z]{2,10})/articles/(\\d+)(?:[-/][^?#]*)?");
    private static final Duration READ_BEFORE_REQUEST = Duration.ofHours(1);

    private final KnowledgeBaseRepository repository;
    private final KnowledgeSearch search;
    private final ArticleBodies bodies;
    private final KnowledgeBaseConfig config;
    private final TicketService tickets;
    private final Clock clock;

    public HelpCenterService(
            KnowledgeBaseRepository repository,
            KnowledgeSearch search,
            ArticleBodies bodies,
            KnowledgeBaseConfig config,
            TicketService tickets,
            Clock clock) {
        this.repository = repository;
        this.search = search;
        this.bodies = bodies;
        this.config = config;
        this.tickets = tickets;
        this.clock = clock;
    }

    public HelpCenterSettings settings() {
        return new HelpCenterSettings(config.defaultLanguage(), List.copyOf(config.languages()));
    }

    /** Categories with their sections that hold at least one article the caller can read. */
    @Transactional
    public List<HelpCategory> categories(String language, Caller caller) {
        String lang = language(language);
        int audience = Visibility.maxAudience(caller);
        Map<Long, Long> counts = repository.publishedCountsBySection(audience);
        Map<Long, List<HelpSectionSummary>> sections = new LinkedHashMap<>();
        for (KbSection section : repository.sections()) {
            long count = counts.getOrDefault(section.id, 0L);
            if (count > 0 && section.visibility.audience() <= audience) {
                sections.computeIfAbsent(section.categoryId, k -> new ArrayList<>())
                        .add(new HelpSectionSummary(section.id, localized(section.names, lang), count));
            }
        }
        return repository.categories().stream()
                .filter(c -> c.visibility.audience() <= audience && sections.containsKey(c.id))
                .map(c -> new HelpCategory(
                        c.id, localized(c.names, lang), localizedOrNull(c.descriptions, lang), sections.get(c.id)))
                .toList();
    }

    @Transactional
    public HelpSection section(long id, String language, Caller caller) {
        String lang = language(language);
        int audience = Visibility.maxAudience(caller);
        KbSection section = repository
                .section(id)
                .filter(s -> s.visibility.audience() <= audience)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "knowledge-base.section-not-found", "No section with id " + id + "."));
        KbCategory category = repository.category(section.categoryId).orElseThrow();
        if (category.visibility.audience() > audience) {
            throw new ResourceNotFoundException("knowledge-base.section-not-found", "No section with id " + id + ".");
        }
        List<HelpArticleSummary> articles = new ArrayList<>();
        Map<Long, Map<String, KbTranslation>> byArticle = new LinkedHashMap<>();
        for (KbTranslation t : repository.publishedInSection(id, audience)) {
            byArticle.computeIfAbsent(t.articleId, k -> new HashMap<>()).put(t.language, t);
        }
        byArticle.forEach((articleId, translations) -> {
            KbTranslation chosen = choose(translations, lang);
            if (chosen != null) {
                articles.add(new HelpArticleSummary(
                        articleId, chosen.title, chosen.slug, chosen.language, !chosen.language.equals(lang)));
            }
        });
        return new HelpSection(
                section.id,
                localized(section.names, lang),
                localizedOrNull(section.descriptions, lang),
                new Reference(category.id, localized(category.names, lang)),
                articles);
    }

    @Transactional
    public HelpArticle article(long id, String language, Caller caller) {
        String lang = language(language);
        KbArticle article = visibleArticle(id, caller);
        Map<String, KbTranslation> published = new HashMap<>();
        repository.translations(id).stream()
                .filter(t -> t.getState() == TranslationState.PUBLISHED)
                .forEach(t -> published.put(t.language, t));
        KbTranslation chosen = choose(published, lang);
        if (chosen == null) {
            throw KnowledgeBaseService.articleNotFound(id);
        }
        return view(article, chosen, lang, published);
    }

    @Transactional
    public HelpArticle articleBySlug(String slug, String language, Caller caller) {
        String lang = language(language);
        KbTranslation translation = repository
                .publishedBySlug(lang, slug)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "knowledge-base.article-not-found", "No article at '" + slug + "'."));
        return article(translation.articleId, lang, caller);
    }

    @Transactional
    public SearchResults search(
            String text, String language, Long categoryId, Long sectionId, int limit, boolean prefix, Caller caller) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            throw new InvalidRequestException("q", "required", "Type what you are looking for.");
        }
        List<String> languages = "all".equals(language) ? config.languages() : List.of(language(language));
        KnowledgeSearch.Results results = search.search(new KnowledgeSearch.Query(
                query, languages, Visibility.maxAudience(caller), categoryId, sectionId, limit, prefix, false));
        return new SearchResults(
                query, "all".equals(language) ? "all" : languages.get(0), results.fuzzy(), hits(results.hits()));
    }

    List<SearchHit> hits(List<KnowledgeSearch.Hit> hits) {
        Map<Long, Visibility> visibility = new HashMap<>();
        List<SearchHit> result = new ArrayList<>();
        for (KnowledgeSearch.Hit hit : hits) {
            KbSection section = repository.section(hit.sectionId()).orElseThrow();
            KbCategory category = repository.category(hit.categoryId()).orElseThrow();
            KbArticle article = repository.article(hit.articleId()).orElseThrow();
            visibility.put(hit.articleId(), Visibility.values()[article.audience]);
            result.add(new SearchHit(
                    hit.articleId(),
                    hit.language(),
                    hit.title(),
                    hit.titleHighlighted(),
                    hit.snippet(),
                    hit.slug(),
                    new Reference(section.id, localized(section.names, hit.language())),
                    new Reference(category.id, localized(category.names, hit.language())),
                    visibility.get(hit.articleId()),
                    hit.score()));
        }
        return result;
    }

    @Transactional
    public void recordView(long id, String language, Caller caller) {
        visibleArticle(id, caller);
        KbTranslation translation = publishedTranslation(id, language);
        repository.countView(translation.id);
        if (caller != null && caller.isCustomer() && caller.customerId() != null) {
            repository.recordCustomerView(translation.id, id, caller.customerId(), clock.instant());
        }
    }

    @Transactional
    public void feedback(long id, FeedbackRequest request, Caller caller) {
        visibleArticle(id, caller);
        KbTranslation translation = publishedTranslation(id, request.language());
        String comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().strip();
        repository.addFeedback(
                translation.id, request.helpful(), comment, caller == null ? null : caller.userId(), clock.instant());
    }

    /** "This answered my question" in the new-request screen, or a request submitted anyway. */
    @Transactional
    public DeflectionRecorded deflection(DeflectionRequest request, Caller caller) {
        Instant now = clock.instant();
        if (request.outcome() == DeflectionOutcome.deflected) {
            if (request.articleId() == null) {
                throw new InvalidRequestException("articleId", "required", "Which article answered the question?");
            }
            visibleArticle(request.articleId(), caller);
        } else if (request.ticketId() == null) {
            throw new InvalidRequestException("ticketId", "required", "Which request was submitted?");
        } else {
            tickets.requireVisible(request.ticketId(), caller);
        }
        List<Long> read = request.outcome() == DeflectionOutcome.submitted && caller.customerId() != null
                ? repository.articlesReadBy(caller.customerId(), now.minus(READ_BEFORE_REQUEST))
                : List.of();
        String language = request.language() == null ? null : language(request.language());
        long id = repository.addDeflection(
                request.outcome().name(),
                caller.customerId(),
                request.outcome() == DeflectionOutcome.deflected ? request.articleId() : null,
                language,
                request.query(),
                request.outcome() == DeflectionOutcome.submitted ? request.ticketId() : null,
                read,
                now);
        return new DeflectionRecorded(id, request.outcome(), read);
    }

    /** Title and summary of a help center link, for the caller only if they may read the article. */
    @Transactional
    public LinkPreview linkPreview(String url, Caller caller) {
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("url", "invalid", "Not a URL.");
        }
        Matcher matcher = path == null ? null : ARTICLE_LINK.matcher(path);
        if (matcher == null || !matcher.matches()) {
            throw new ResourceNotFoundException("knowledge-base.article-not-found", "Not a help center article link.");
        }
        HelpArticle article = article(Long.parseLong(matcher.group(2)), matcher.group(1), caller);
        String text = bodies.toText(article.bodyHtml()).replaceAll("\\s+", " ");
        String summary = text.length() > 200 ? text.substring(0, 200).strip() + "…" : text;
        return new LinkPreview(url, article.id(), article.language(), article.title(), summary);
    }

    public record AttachmentContent(String filename, String contentType, byte[] content) {}

    /** An attachment by its key; the key is only ever handed to callers who may read the article. */
    @Transactional
    public AttachmentContent attachment(long id, String key, Caller caller) {
        KbAttachment attachment = repository
                .attachment(id)
                .filter(a -> key != null
                        && java.security.MessageDigest.isEqual(
                                a.accessKey.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                key.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .orElseThrow(() -> new ResourceNotFoundException(
                        "knowledge-base.attachment-not-found", "No attachment with id " + id + "."));
        KbArticle article = repository.article(attachment.articleId).orElseThrow();
        // Internal articles' files never leave for a non-staff caller, key or not.
        if (article.audience == Visibility.INTERNAL.audience() && (caller == null || !caller.isStaff())) {
            throw new ResourceNotFoundException(
                    "knowledge-base.attachment-not-found", "No attachment with id " + id + ".");
        }
        return new AttachmentContent(attachment.filename, attachment.contentType, attachment.content);
    }

    private HelpArticle view(
            KbArticle article, KbTranslation chosen, String requested, Map<String, KbTranslation> published) {
        KbTranslationVersion version =
                repository.version(chosen.publishedVersionId).orElseThrow();
        KbSection section = repository.section(article.sectionId).orElseThrow();
        KbCategory category = repository.category(section.categoryId).orElseThrow();
        List<KbAttachment> attachments = repository.attachments(article.id);
        Map<Long, String> keys = new HashMap<>();
        attachments.forEach(a -> keys.put(a.id, a.accessKey));
        List<AvailableTranslation> available = config.languages().stream()
                .map(published::get)
                .filter(t -> t != null)
                .map(t -> new AvailableTranslation(t.language, titleOf(t), t.slug))
                .toList();
        return new HelpArticle(
                article.id,
                chosen.language,
                requested,
                !chosen.language.equals(requested),
                version.title,
                chosen.slug,
                bodies.withKeys(version.bodyHtml, keys),
                new Reference(section.id, localized(section.names, chosen.language)),
                new Reference(category.id, localized(category.names, chosen.language)),
                Visibility.values()[article.audience],
                version.number,
                chosen.publishedAt,
                available,
                attachments.stream().map(KnowledgeBaseService::link).toList());
    }

    private String titleOf(KbTranslation t) {
        return repository.version(t.publishedVersionId).map(v -> v.title).orElse(t.title);
    }

    KbArticle visibleArticle(long id, Caller caller) {
        return repository
                .article(id)
                .filter(a -> a.audience <= Visibility.maxAudience(caller))
                .orElseThrow(() -> KnowledgeBaseService.articleNotFound(id));
    }

    private KbTranslation publishedTranslation(long articleId, String language) {
        return repository
                .translation(articleId, language(language))
                .filter(t -> t.getState() == TranslationState.PUBLISHED)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "knowledge-base.translation-not-found", "The article is not published in " + language + "."));
    }

    /** The translation in the language asked for, else in the default language, else none. */
    private KbTranslation choose(Map<String, KbTranslation> translations, String language) {
        KbTranslation wanted = translations.get(language);
        return wanted != null ? wanted : translations.get(config.defaultLanguage());
    }

    String language(String language) {
        if (language == null || language.isBlank()) {
            return config.defaultLanguage();
        }
        if (!config.languages().contains(language)) {
            throw new InvalidRequestException(
                    "language", "unsupported", "The help center is in " + String.join(", ", config.languages()) + ".");
        }
        return language;
    }

    private String localized(Map<String, String> names, String language) {
        String name = localizedOrNull(names, language);
        return name != null ? name : names.values().stream().findFirst().orElse("");
    }

    private String localizedOrNull(Map<String, String> names, String language) {
        return Optional.ofNullable(names.get(language)).orElse(names.get(config.defaultLanguage()));
    }
}
