package io.kaiku.knowledgebase;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kaiku.common.InvalidRequestException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a translation is in its life; only a published one is shown in the help center. */
@Schema(enumeration = {"draft", "in_review", "published", "archived"})
public enum TranslationState {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TranslationState fromString(String value) {
        for (TranslationState state : values()) {
            if (state.value().equals(value)) {
                return state;
            }
        }
        throw new InvalidRequestException(
                "state", "invalid", "State is one of draft, in_review, published or archived.");
    }

    @Converter
    public static class DatabaseConverter implements AttributeConverter<TranslationState, String> {
        @Override
        public String convertToDatabaseColumn(TranslationState value) {
            return value == null ? null : value.value();
        }

        @Override
        public TranslationState convertToEntityAttribute(String value) {
            return value == null ? null : fromString(value);
        }
    }
}
