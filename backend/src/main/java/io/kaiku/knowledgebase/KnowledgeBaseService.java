package io.kaiku.knowledgebase;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import io.kaiku.common.Caller;
import io.kaiku.common.ConflictException;
import io.kaiku.common.Cursor;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.PreconditionFailedException;
import io.kaiku.common.Reference;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.RuleViolationException;
import io.kaiku.identity.UserService;
import io.kaiku.knowledgebase.AuthoringDtos.ArticlePage;
import io.kaiku.knowledgebase.AuthoringDtos.ArticleSummary;
import io.kaiku.knowledgebase.AuthoringDtos.ArticleView;
import io.kaiku.knowledgebase.AuthoringDtos.AttachmentLink;
import io.kaiku.knowledgebase.AuthoringDtos.CategoryView;
import io.kaiku.knowledgebase.AuthoringDtos.CreateArticleRequest;
import io.kaiku.knowledgebase.AuthoringDtos.DiffChunk;
import io.kaiku.knowledgebase.AuthoringDtos.DiffType;
import io.kaiku.knowledgebase.AuthoringDtos.FeedbackComment;
import io.kaiku.knowledgebase.AuthoringDtos.FeedbackReport;
import io.kaiku.knowledgebase.AuthoringDtos.SaveCategoryRequest;
import io.kaiku.knowledgebase.AuthoringDtos.SaveSectionRequest;
import io.kaiku.knowledgebase.AuthoringDtos.SaveTranslationRequest;
import io.kaiku.knowledgebase.AuthoringDtos.SectionView;
import io.kaiku.knowledgebase.AuthoringDtos.TranslationFeedback;
import io.kaiku.knowledgebase.AuthoringDtos.TranslationInput;
import io.kaiku.knowledgebase.AuthoringDtos.TranslationSummary;
import io.kaiku.knowledgebase.AuthoringDtos.TranslationView;
import io.kaiku.knowledgebase.AuthoringDtos.UpdateArticleRequest;
import io.kaiku.knowledgebase.AuthoringDtos.VersionDiff;
import io.kaiku.knowledgebase.AuthoringDtos.VersionSummary;
import io.kaiku.knowledgebase.AuthoringDtos.VersionView;
import io.kaiku.knowledgebase.search.KnowledgeSearch;
import io.kaiku.ticket.TicketService;
import io.kaiku.ticket.TicketStatus;
import io.kaiku.ticket.TicketView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writing the knowledge base: categories, sections, articles, translations, states and versions. */
@ApplicationScoped
public class KnowledgeBaseService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KnowledgeBaseRepository repository;
    private final KnowledgeSearch search;
    private final ArticleBodies bodies;
    private final KnowledgeBaseConfig config;
    private final TicketService tickets;
    private final UserService users;
    private final Clock clock;

    public KnowledgeBaseService(
            KnowledgeBaseRepository repository,
            KnowledgeSearch search,
            ArticleBodies bodies,
            KnowledgeBaseConfig config,
            TicketService tickets,
            UserService users,
            Clock clock) {
        this.repository = repository;
        this.search = search;
        this.bodies = bodies;
        this.config = config;
        this.tickets = tickets;
        this.users = users;
        this.clock = clock;
    }

    // Categories and sections ------------------------------------------------------------------

    @Transactional
    public List<CategoryView> categories() {
        Map<Long, Long> counts = repository.articleCountsBySection();
        Map<Long, List<SectionView>> sections = new HashMap<>();
        for (KbSection section : repository.sections()) {
            sections.computeIfAbsent(section.categoryId, k -> new ArrayList<>())
                    .add(sectionView(section, counts.getOrDefault(section.id, 0L)));
        }
        return repository.categories().stream()
                .map(c -> categoryView(c, sections.getOrDefault(c.id, List.of())))
                .toList();
    }

    @Transactional
    public CategoryView createCategory(SaveCategoryRequest request) {
        KbCategory category = new KbCategory();
        Instant now = clock.instant();
        category.createdAt = now;
        apply(category, request, now);
        repository.persist(category);
        return categoryView(category, List.of());
    }

    @Transactional
    public CategoryView updateCategory(long id, SaveCategoryRequest request, Long ifMatch) {
        KbCategory category = repository.category(id).orElseThrow(() -> categoryNotFound(id));
        requireVersion(ifMatch, category.version, "category");
        Visibility before = category.visibility;
        apply(category, request, clock.instant());
        if (before != category.visibility) {
            repository.flush();
            repository.articlesOfCategory(id).forEach(this::replace);
        }
        repository.flush();
        Map<Long, Long> counts = repository.articleCountsBySection();
        return categoryView(
                category,
                repository.sectionsOf(id).stream()
                        .map(s -> sectionView(s, counts.getOrDefault(s.id, 0L)))
                        .toList());
    }

    @Transactional
    public void deleteCategory(long id) {
        KbCategory category = repository.category(id).orElseThrow(() -> categoryNotFound(id));
        if (!repository.sectionsOf(id).isEmpty()) {
            throw new ConflictException(
                    "knowledge-base.category-not-empty", "Move or delete the category's sections first.");
        }
        repository.remove(category);
    }

    @Transactional
    public SectionView createSection(SaveSectionRequest request) {
        KbSection section = new KbSection();
        Instant now = clock.instant();
        section.createdAt = now;
        apply(section, request, now);
        repository.persist(section);
        return sectionView(section, 0);
    }

    @Transactional
    public SectionView updateSection(long id, SaveSectionRequest request, Long ifMatch) {
        KbSection section = repository.section(id).orElseThrow(() -> sectionNotFound(id));
        requireVersion(ifMatch, section.version, "section");
        Visibility before = section.visibility;
        long categoryBefore = section.categoryId;
        apply(section, request, clock.instant());
        if (before != section.visibility || categoryBefore != section.categoryId) {
            repository.flush();
            repository.articlesOfSection(id).forEach(this::replace);
        }
        repository.flush();
        return sectionView(section, repository.articlesOfSection(id).size());
    }

    @Transactional
    public void deleteSection(long id) {
        KbSection section = repository.section(id).orElseThrow(() -> sectionNotFound(id));
        if (!repository.articlesOfSection(id).isEmpty()) {
            throw new ConflictException(
                    "knowledge-base.section-not-empty", "Move or delete the section's articles first.");
        }
        repository.remove(section);
    }

    private void apply(KbCategory category, SaveCategoryRequest request, Instant now) {
        category.names = languageMap(request.names(), "names");
        category.descriptions = languageMap(request.descriptions(), "descriptions");
        category.visibility = request.visibility();
        category.position = request.position() == null ? 0 : request.position();
        category.updatedAt = now;
    }

    private void apply(KbSection section, SaveSectionRequest request, Instant now) {
        repository
                .category(request.categoryId())
                .orElseThrow(() -> new InvalidRequestException(
                        "categoryId", "not-found", "No category with id " + request.categoryId() + "."));
        section.categoryId = request.categoryId();
        section.names = languageMap(request.names(), "names");
        section.descriptions = languageMap(request.descriptions(), "descriptions");
        section.visibility = request.visibility();
        section.position = request.position() == null ? 0 : request.position();
        section.updatedAt = now;
    }

    private Map<String, String> languageMap(Map<String, String> values, String field) {
        Map<String, String> result = new LinkedHashMap<>();
        if (values == null) {
            return result;
        }
        values.forEach((language, text) -> {
            requireLanguage(language, field + "." + language);
            if (text != null && !text.isBlank()) {
                result.put(language, text.strip());
            }
        });
        return result;
    }

    // Articles ----------------------------------------------------------------------------------

    @Transactional
    public ArticlePage list(Long sectionId, TranslationState state, String language, String cursor, int limit) {
        long after = cursor == null
                ? Long.MAX_VALUE
                : Cursor.decodeLong(Cursor.decode(cursor, 1).get(0));
        List<KbArticle> articles = repository.listArticles(sectionId, state, language, after, limit + 1);
        List<KbArticle> page = articles.stream().limit(limit).toList();
        Map<Long, List<KbTranslation>> translations = new HashMap<>();
        repository
                .translationsOf(page.stream().map(a -> a.id).toList())
                .forEach(t -> translations
                        .computeIfAbsent(t.articleId, k -> new ArrayList<>())
                        .add(t));
        Map<Long, KbSection> sections = new HashMap<>();
        repository.sections().forEach(s -> sections.put(s.id, s));
        List<ArticleSummary> items = page.stream()
                .map(a -> new ArticleSummary(
                        a.id,
                        new Reference(a.sectionId, name(sections.get(a.sectionId).names)),
                        a.visibility,
                        translations.getOrDefault(a.id, List.of()).stream()
                                .map(t -> new TranslationSummary(t.language, t.getState(), t.title, unpublished(t)))
                                .toList(),
                        a.updatedAt))
                .toList();
        String next = articles.size() > limit ? Cursor.encode(List.of(Long.toString(page.get(limit - 1).id))) : null;
        return new ArticlePage(items, next);
    }

    @Transactional
    public ArticleView create(CreateArticleRequest request, Caller caller) {
        KbSection section = repository
                .section(request.sectionId())
                .orElseThrow(() -> new InvalidRequestException(
                        "sectionId", "not-found", "No section with id " + request.sectionId() + "."));
        if (request.sourceTicketId() != null) {
            requireSolvedTicket(request.sourceTicketId(), "sourceTicketId");
        }
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < request.translations().size(); i++) {
            String language = request.translations().get(i).language();
            requireLanguage(language, "translations[" + i + "].language");
            if (!languages.add(language)) {
                throw new InvalidRequestException(
                        "translations[" + i + "].language", "duplicate", "Each language once per article.");
            }
        }
        Instant now = clock.instant();
        KbArticle article = new KbArticle();
        article.sectionId = section.id;
        article.visibility = request.visibility();
        article.audience = (short) audienceOf(section, request.visibility());
        article.sourceTicketId = request.sourceTicketId();
        article.createdById = caller.userId();
        article.createdAt = now;
        article.updatedAt = now;
        repository.persist(article);
        for (int i = 0; i < request.translations().size(); i++) {
            TranslationInput input = request.translations().get(i);
            KbTranslation translation = new KbTranslation();
            translation.articleId = article.id;
            translation.language = input.language();
            translation.createdAt = now;
            write(
                    translation,
                    input.title(),
                    input.slug(),
                    input.bodyHtml(),
                    input.keywords(),
                    caller,
                    now,
                    article.id);
            repository.persist(translation);
            if (input.state() != null && input.state() != TranslationState.DRAFT) {
                transition(article, translation, input.state(), caller, now);
            }
        }
        if (request.sourceTicketId() != null) {
            repository.linkTicket(article.id, request.sourceTicketId(), "source", caller.userId(), now);
        }
        repository.flush();
        return view(article);
    }

    @Transactional
    public ArticleView get(long id) {
        return view(require(id));
    }

    @Transactional
    public ArticleView update(long id, UpdateArticleRequest request, Long ifMatch) {
        KbArticle article = require(id);
        requireVersion(ifMatch, article.version, "article");
        if (request.sectionId() != null) {
            repository
                    .section(request.sectionId())
                    .orElseThrow(() -> new InvalidRequestException(
                            "sectionId", "not-found", "No section with id " + request.sectionId() + "."));
            article.sectionId = request.sectionId();
        }
        if (request.visibility() != null) {
            article.visibility = request.visibility();
        }
        article.updatedAt = clock.instant();
        replace(article);
        repository.flush();
        return view(article);
    }

    @Transactional
    public void delete(long id) {
        KbArticle article = require(id);
        search.removeArticle(id);
        for (KbTranslation translation : repository.translations(id)) {
            translation.publishedVersionId = null;
        }
        repository.flush();
        repository.remove(article);
    }

    /** Creates or replaces the working copy of one language. Returns whether it was created. */
    @Transactional
    public boolean saveTranslation(
            long articleId, String language, SaveTranslationRequest request, Long ifMatch, Caller caller) {
        KbArticle article = repository.articleForUpdate(articleId).orElseThrow(() -> articleNotFound(articleId));
        requireLanguage(language, "language");
        Instant now = clock.instant();
        KbTranslation translation = repository.translation(articleId, language).orElse(null);
        boolean created = translation == null;
        if (created) {
            translation = new KbTranslation();
            translation.articleId = articleId;
            translation.language = language;
            translation.createdAt = now;
        } else {
            requireVersion(ifMatch, translation.version, "translation");
        }
        write(
                translation,
                request.title(),
                request.slug(),
                request.bodyHtml(),
                request.keywords(),
                caller,
                now,
                articleId);
        if (created) {
            repository.persist(translation);
        }
        article.updatedAt = now;
        repository.flush();
        return created;
    }

    @Transactional
    public TranslationView translation(long articleId, String language) {
        KbArticle article = require(articleId);
        return translationView(requireTranslation(article.id, language));
    }

    @Transactional
    public TranslationView changeState(long articleId, String language, TranslationState target, Caller caller) {
        KbArticle article = repository.articleForUpdate(articleId).orElseThrow(() -> articleNotFound(articleId));
        KbTranslation translation = requireTranslation(articleId, language);
        transition(article, translation, target, caller, clock.instant());
        repository.flush();
        return translationView(translation);
    }

    @Transactional
    public List<VersionSummary> versions(long articleId, String language) {
        KbTranslation translation = requireTranslation(require(articleId).id, language);
        return repository.versions(translation.id).stream()
                .map(v -> new VersionSummary(
                        v.number,
                        v.title,
                        Reference.of(v.authorId, v.authorName),
                        v.createdAt,
                        translation.getState() == TranslationState.PUBLISHED
                                && Objects.equals(v.id, translation.publishedVersionId)))
                .toList();
    }

    @Transactional
    public VersionView version(long articleId, String language, int number) {
        KbTranslationVersion v = requireVersion(requireTranslation(require(articleId).id, language), number);
        return new VersionView(
                v.number,
                v.title,
                v.bodyHtml,
                v.bodyText,
                List.copyOf(v.keywords),
                Reference.of(v.authorId, v.authorName),
                v.createdAt);
    }

    @Transactional
    public VersionDiff diff(long articleId, String language, int from, int to) {
        KbTranslation translation = requireTranslation(require(articleId).id, language);
        KbTranslationVersion a = requireVersion(translation, from);
        KbTranslationVersion b = requireVersion(translation, to);
        return new VersionDiff(from, to, words(a.title, b.title), words(a.bodyText, b.bodyText));
    }

    /** The old version becomes the working copy; a published translation publishes it as a new version. */
    @Transactional
    public TranslationView restore(long articleId, String language, int number, Caller caller) {
        KbArticle article = repository.articleForUpdate(articleId).orElseThrow(() -> articleNotFound(articleId));
        KbTranslation translation = requireTranslation(articleId, language);
        KbTranslationVersion old = requireVersion(translation, number);
        Instant now = clock.instant();
        translation.title = old.title;
        translation.bodyHtml = old.bodyHtml;
        translation.keywords = new ArrayList<>(old.keywords);
        translation.updatedAt = now;
        translation.updatedById = caller.userId();
        if (translation.getState() == TranslationState.PUBLISHED) {
            publish(article, translation, caller, now);
        }
        repository.flush();
        return translationView(translation);
    }

    @Transactional
    public AttachmentLink attach(long articleId, String filename, String contentType, byte[] content, Caller caller) {
        require(articleId);
        if (content.length == 0) {
            throw new InvalidRequestException("file", "required", "The file is empty.");
        }
        KbAttachment attachment = new KbAttachment();
        attachment.articleId = articleId;
        attachment.uploadedById = caller.userId();
        attachment.filename = filename;
        attachment.contentType = contentType;
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.accessKey = newKey();
        attachment.content = content;
        attachment.createdAt = clock.instant();
        repository.persist(attachment);
        return link(attachment);
    }

    @Transactional
    public void detach(long articleId, long attachmentId) {
        KbAttachment attachment = repository
                .attachment(attachmentId)
                .filter(a -> a.articleId == articleId)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "knowledge-base.attachment-not-found", "No attachment " + attachmentId + " on this article."));
        repository.remove(attachment);
    }

    @Transactional
    public FeedbackReport feedback(long articleId) {
        require(articleId);
        List<KbTranslation> translations = repository.translations(articleId);
        Map<Long, long[]> counts =
                repository.feedbackCounts(translations.stream().map(t -> t.id).toList());
        return new FeedbackReport(
                translations.stream()
                        .map(t -> {
                            long[] c = counts.getOrDefault(t.id, new long[2]);
                            return new TranslationFeedback(t.language, t.viewCount, c[0], c[1]);
                        })
                        .toList(),
                repository.feedbackComments(articleId, 100).stream()
                        .map(r -> new FeedbackComment(
                                (String) r[0],
                                (Boolean) r[1],
                                (String) r[2],
                                io.kaiku.common.SqlValues.toInstant(r[3])))
                        .toList());
    }

    /** Records that an agent used an article in a ticket, so the ticket counts as answered by it. */
    @Transactional
    public void linkToTicket(long articleId, long ticketId, Caller caller) {
        require(articleId);
        tickets.get(ticketId);
        repository.linkTicket(articleId, ticketId, "used", caller.userId(), clock.instant());
    }

    // Internals ---------------------------------------------------------------------------------

    private void write(
            KbTranslation translation,
            String title,
            String slug,
            String html,
            List<String> keywords,
            Caller caller,
            Instant now,
            long articleId) {
        String body = bodies.sanitise(html);
        translation.title = title.strip();
        translation.bodyHtml = body;
        translation.keywords = keywords == null
                ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(keywords.stream()
                        .map(String::strip)
                        .filter(k -> !k.isEmpty())
                        .toList()));
        String wanted = slug == null || slug.isBlank() ? null : ArticleBodies.slugify(slug);
        String chosen = wanted == null ? ArticleBodies.slugify(title) : wanted;
        if (repository.slugTaken(translation.language, chosen, translation.id)) {
            if (wanted != null) {
                throw new ConflictException(
                        "knowledge-base.slug-taken",
                        "Another article in this language already uses the address '" + chosen + "'.",
                        List.of(new io.kaiku.common.FieldError("slug", "taken", "Choose another slug.")));
            }
            chosen = chosen + "-" + articleId;
        }
        translation.slug = chosen;
        translation.updatedAt = now;
        translation.updatedById = caller.userId();
    }

    private void transition(
            KbArticle article, KbTranslation translation, TranslationState target, Caller caller, Instant now) {
        TranslationState before = translation.getState();
        if (target == TranslationState.PUBLISHED) {
            if (bodies.toText(translation.bodyHtml).isBlank()) {
                throw new RuleViolationException(
                        "knowledge-base.empty-body", "Write the article before publishing it.");
            }
            translation.changeState(target);
            if (before != TranslationState.PUBLISHED || unpublished(translation)) {
                publish(article, translation, caller, now);
            }
            return;
        }
        translation.changeState(target);
        translation.updatedAt = now;
        if (before == TranslationState.PUBLISHED) {
            repository.flush();
            search.remove(translation.id);
        }
    }

    private void publish(KbArticle article, KbTranslation translation, Caller caller, Instant now) {
        KbTranslationVersion version = new KbTranslationVersion();
        version.translationId = translation.id;
        version.number = repository.nextVersionNumber(translation.id);
        version.title = translation.title;
        version.bodyHtml = translation.bodyHtml;
        version.bodyText = bodies.toText(translation.bodyHtml);
        version.keywords = new ArrayList<>(translation.keywords);
        version.authorId = caller.userId();
        version.authorName = caller.name();
        version.createdAt = now;
        repository.persist(version);
        translation.publishedVersionId = version.id;
        translation.publishedAt = now;
        translation.updatedAt = now;
        repository.flush();
        index(article, translation, version);
    }

    private void index(KbArticle article, KbTranslation translation, KbTranslationVersion version) {
        KbSection section = repository.section(article.sectionId).orElseThrow();
        search.index(new KnowledgeSearch.Document(
                translation.id,
                article.id,
                section.id,
                section.categoryId,
                translation.language,
                article.audience,
                version.title,
                translation.slug,
                version.keywords,
                version.bodyText,
                translation.publishedAt));
    }

    /** After a move or a visibility change: the effective audience and the search placement follow. */
    private void replace(KbArticle article) {
        KbSection section = repository.section(article.sectionId).orElseThrow();
        article.audience = (short) audienceOf(section, article.visibility);
        repository.flush();
        search.move(article.id, section.id, section.categoryId, article.audience);
        // A wider audience must not see an image under a key handed out to the narrower one, and vice versa.
        repository.rotateAttachmentKeys(article.id);
    }

    private int audienceOf(KbSection section, Visibility articleVisibility) {
        KbCategory category = repository.category(section.categoryId).orElseThrow();
        return Visibility.strictest(category.visibility, section.visibility, articleVisibility)
                .audience();
    }

    boolean unpublished(KbTranslation translation) {
        if (translation.publishedVersionId == null) {
            return true;
        }
        KbTranslationVersion version =
                repository.version(translation.publishedVersionId).orElse(null);
        return version == null
                || !version.title.equals(translation.title)
                || !version.bodyHtml.equals(translation.bodyHtml)
                || !version.keywords.equals(translation.keywords);
    }

    ArticleView view(KbArticle article) {
        KbSection section = repository.section(article.sectionId).orElseThrow();
        KbCategory category = repository.category(section.categoryId).orElseThrow();
        return new ArticleView(
                article.id,
                new Reference(section.id, name(section.names)),
                new Reference(category.id, name(category.names)),
                article.visibility,
                Visibility.values()[article.audience],
                sourceTicket(article.sourceTicketId),
                repository.translations(article.id).stream()
                        .map(this::translationView)
                        .toList(),
                repository.attachments(article.id).stream()
                        .map(KnowledgeBaseService::link)
                        .toList(),
                article.createdAt,
                article.updatedAt,
                article.version);
    }

    private Reference sourceTicket(Long ticketId) {
        if (ticketId == null) {
            return null;
        }
        try {
            TicketView ticket = tickets.get(ticketId);
            return new Reference(ticket.id(), ticket.number() + " " + ticket.subject());
        } catch (ResourceNotFoundException gone) {
            return null;
        }
    }

    TranslationView translationView(KbTranslation t) {
        long[] counts = repository.feedbackCounts(List.of(t.id)).getOrDefault(t.id, new long[2]);
        Integer published = t.publishedVersionId == null
                ? null
                : repository.version(t.publishedVersionId).map(v -> v.number).orElse(null);
        Reference updatedBy = null;
        if (t.updatedById != null) {
            try {
                updatedBy =
                        new Reference(t.updatedById, users.get(t.updatedById).name());
            } catch (ResourceNotFoundException gone) {
                updatedBy = null;
            }
        }
        return new TranslationView(
                t.id,
                t.language,
                t.getState(),
                t.title,
                t.slug,
                t.bodyHtml,
                List.copyOf(t.keywords),
                t.getState() == TranslationState.PUBLISHED ? published : null,
                t.publishedAt,
                t.getState() != TranslationState.PUBLISHED || unpublished(t),
                t.viewCount,
                counts[0],
                counts[1],
                t.updatedAt,
                updatedBy,
                t.version);
    }

    static AttachmentLink link(KbAttachment a) {
        return new AttachmentLink(
                a.id,
                a.filename,
                a.contentType,
                a.sizeBytes,
                ArticleBodies.ATTACHMENT_PATH + a.id + "/content?key=" + a.accessKey);
    }

    private static CategoryView categoryView(KbCategory c, List<SectionView> sections) {
        return new CategoryView(
                c.id, Map.copyOf(c.names), Map.copyOf(c.descriptions), c.visibility, c.position, sections, c.version);
    }

    private static SectionView sectionView(KbSection s, long articles) {
        return new SectionView(
                s.id,
                s.categoryId,
                Map.copyOf(s.names),
                Map.copyOf(s.descriptions),
                s.visibility,
                s.position,
                articles,
                s.version);
    }

    private String name(Map<String, String> names) {
        String name = names.get(config.defaultLanguage());
        return name != null ? name : names.values().stream().findFirst().orElse("");
    }

    static List<DiffChunk> words(String from, String to) {
        List<String> a = tokens(from);
        List<String> b = tokens(to);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<DiffChunk> chunks = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int position = delta.getSource().getPosition();
            add(chunks, DiffType.equal, a.subList(at, position));
            add(chunks, DiffType.delete, delta.getSource().getLines());
            add(chunks, DiffType.insert, delta.getTarget().getLines());
            at = position + delta.getSource().size();
        }
        add(chunks, DiffType.equal, a.subList(at, a.size()));
        return chunks;
    }

    private static void add(List<DiffChunk> chunks, DiffType type, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!chunks.isEmpty() && chunks.get(chunks.size() - 1).type() == type) {
            DiffChunk last = chunks.remove(chunks.size() - 1);
            text = last.text() + text;
        }
        chunks.add(new DiffChunk(type, text));
    }

    /** Words and the spaces between them, so the chunks join back into the text. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("\\s+|[^\\s]+").matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    void requireLanguage(String language, String field) {
        if (language == null || !config.languages().contains(language)) {
            throw new InvalidRequestException(
                    field, "unsupported", "Articles are written in " + String.join(", ", config.languages()) + ".");
        }
    }

    private void requireSolvedTicket(long ticketId, String field) {
        TicketView ticket;
        try {
            ticket = tickets.get(ticketId);
        } catch (ResourceNotFoundException e) {
            throw new InvalidRequestException(field, "not-found", "No ticket with id " + ticketId + ".");
        }
        if (ticket.status() != TicketStatus.SOLVED && ticket.status() != TicketStatus.CLOSED) {
            throw new RuleViolationException(
                    "knowledge-base.ticket-not-solved", "Articles are written from solved tickets.");
        }
    }

    private static void requireVersion(Long ifMatch, long current, String what) {
        if (ifMatch != null && ifMatch != current) {
            throw new PreconditionFailedException(
                    "knowledge-base.version-conflict",
                    "Someone else changed this " + what + " (now version " + current + ").");
        }
    }

    KbArticle require(long id) {
        return repository.article(id).orElseThrow(() -> articleNotFound(id));
    }

    private KbTranslation requireTranslation(long articleId, String language) {
        return repository
                .translation(articleId, language)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "knowledge-base.translation-not-found", "The article has no " + language + " translation."));
    }

    private KbTranslationVersion requireVersion(KbTranslation translation, int number) {
        return repository
                .version(translation.id, number)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "knowledge-base.version-not-found", "No version " + number + " of this translation."));
    }

    static ResourceNotFoundException articleNotFound(long id) {
        return new ResourceNotFoundException("knowledge-base.article-not-found", "No article with id " + id + ".");
    }

    private static ResourceNotFoundException categoryNotFound(long id) {
        return new ResourceNotFoundException("knowledge-base.category-not-found", "No category with id " + id + ".");
    }

    private static ResourceNotFoundException sectionNotFound(long id) {
        return new ResourceNotFoundException("knowledge-base.section-not-found", "No section with id " + id + ".");
    }

    static String newKey() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
