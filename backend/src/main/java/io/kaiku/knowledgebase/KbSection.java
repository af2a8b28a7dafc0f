package io.kaiku.knowledgebase;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

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

/** A group of articles inside a category, named in every language. */
@Entity
@Table(name = "kb_section")
public class KbSection {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_section_seq")
    @SequenceGenerator(name = "kb_section_seq", sequenceName = "kb_seq", allocationSize = 50)
    public Long id;

    @Column(name = "category_id", nullable = false)
    public long categoryId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "names", nullable = false)
    public Map<String, String> names = new HashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "descriptions", nullable = false)
    public Map<String, String> descriptions = new HashMap<>();

    @Convert(converter = Visibility.DatabaseConverter.class)
    @Column(name = "visibility", nullable = false)
    public Visibility visibility;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Override
    public boolean equals(Object other) {
        return other instanceof KbSection category && id != null && id.equals(category.id);
    }

    @Override
    public int hashCode() {
        return KbSection.class.hashCode();
    }
}
