package io.kaiku.knowledgebase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What one publication of a translation said, who published it and when. Never changed afterwards. */
@Entity
@Table(name = "kb_translation_version")
public class KbTranslationVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_translation_version_seq")
    @SequenceGenerator(name = "kb_translation_version_seq", sequenceName = "kb_seq", allocationSize = 50)
    public Long id;

    @Column(name = "translation_id", nullable = false, updatable = false)
    public long translationId;

    @Column(name = "number", nullable = false, updatable = false)
    public int number;

    @Column(name = "title", nullable = false, updatable = false)
    public String title;

    @Column(name = "body_html", nullable = false, updatable = false)
    public String bodyHtml;

    @Column(name = "body_text", nullable = false, updatable = false)
    public String bodyText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "keywords", nullable = false, updatable = false)
    public List<String> keywords = new ArrayList<>();

    @Column(name = "author_id", updatable = false)
    public Long authorId;

    @Column(name = "author_name", updatable = false)
    public String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof KbTranslationVersion version && id != null && id.equals(version.id);
    }

    @Override
    public int hashCode() {
        return KbTranslationVersion.class.hashCode();
    }
}
