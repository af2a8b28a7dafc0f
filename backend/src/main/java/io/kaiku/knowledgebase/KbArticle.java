package io.kaiku.knowledgebase;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One piece of help (an FAQ entry, an instruction, an internal guide) with a translation per language. */
@Entity
@Table(name = "kb_article")
public class KbArticle {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_seq")
    @SequenceGenerator(name = "kb_article_seq", sequenceName = "kb_seq", allocationSize = 50)
    public Long id;

    @Column(name = "section_id", nullable = false)
    public long sectionId;

    @Convert(converter = Visibility.DatabaseConverter.class)
    @Column(name = "visibility", nullable = false)
    public Visibility visibility;

    /** The strictest visibility of the article, its section and its category. */
    @Column(name = "audience", nullable = false)
    public short audience;

    @Column(name = "source_ticket_id")
    public Long sourceTicketId;

    @Column(name = "created_by_id")
    public Long createdById;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Override
    public boolean equals(Object other) {
        return other instanceof KbArticle article && id != null && id.equals(article.id);
    }

    @Override
    public int hashCode() {
        return KbArticle.class.hashCode();
    }
}
