package io.kaiku.knowledgebase;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kaiku.common.Caller;
import io.kaiku.common.InvalidRequestException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who may read: anyone, signed-in customers, or staff only (internal guides). The audience number
 * orders them, so "visible" is always {@code audience <= what the caller may see}.
 */
@Schema(enumeration = {"public", "customers", "internal"})
public enum Visibility {
    PUBLIC,
    CUSTOMERS,
    INTERNAL;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int audience() {
        return ordinal();
    }

    @JsonCreator
    public static Visibility fromString(String value) {
        for (Visibility visibility : values()) {
            if (visibility.value().equals(value)) {
                return visibility;
            }
        }
        throw new InvalidRequestException("visibility", "invalid", "Visibility is public, customers or internal.");
    }

    public static Visibility strictest(Visibility... levels) {
        Visibility result = PUBLIC;
        for (Visibility level : levels) {
            if (level.ordinal() > result.ordinal()) {
                result = level;
            }
        }
        return result;
    }

    /** The highest audience a caller may read: staff everything, a customer public and customer-only content. */
    public static int maxAudience(Caller caller) {
        if (caller == null) {
            return PUBLIC.audience();
        }
        return caller.isStaff() ? INTERNAL.audience() : CUSTOMERS.audience();
    }

    @Converter
    public static class DatabaseConverter implements AttributeConverter<Visibility, String> {
        @Override
        public String convertToDatabaseColumn(Visibility value) {
            return value == null ? null : value.value();
        }

        @Override
        public Visibility convertToEntityAttribute(String value) {
            return value == null ? null : fromString(value);
        }
    }
}
