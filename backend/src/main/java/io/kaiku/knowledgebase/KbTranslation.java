package io.kaiku.knowledgebase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kaiku.common.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An article in one language: the working copy authors edit, its state, and which version is
 * published. Edits to a published translation stay in the working copy until it is published again.
 */
@Entity
@Table(name = "kb_translation")
public class KbTranslation {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_translation_seq")
    @SequenceGenerator(name = "kb_translation_seq", sequenceName = "kb_seq", allocationSize = 50)
    public Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    public long articleId;

    @Column(name = "language", nullable = false, updatable = false)
    public String language;

    @Convert(converter = TranslationState.DatabaseConverter.class)
    @Column(name = "state", nullable = false)
    private TranslationState state = TranslationState.DRAFT;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "slug", nullable = false)
    public String slug;

    @Column(name = "body_html", nullable = false)
    public String bodyHtml;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "keywords", nullable = false)
    public List<String> keywords = new ArrayList<>();

    @Column(name = "published_version_id")
    public Long publishedVersionId;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "view_count", nullable = false, insertable = false, updatable = false)
    public long viewCount;

    @Column(name = "updated_by_id")
    public Long updatedById;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public TranslationState getState() {
        return state;
    }

    /**
     * Draft and review go either way; publishing needs a title and body; an archived translation
     * comes back as a draft first. Returns whether the working copy must be published as a version.
     */
    public boolean changeState(TranslationState target) {
        if (target == state && target != TranslationState.PUBLISHED) {
            return false;
        }
        if (state == TranslationState.ARCHIVED && target != TranslationState.DRAFT) {
            throw new RuleViolationException(
                    "knowledge-base.state-transition",
                    "An archived translation goes back to draft before anything else.");
        }
        state = target;
        return target == TranslationState.PUBLISHED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KbTranslation translation && id != null && id.equals(translation.id);
    }

    @Override
    public int hashCode() {
        return KbTranslation.class.hashCode();
    }
}
