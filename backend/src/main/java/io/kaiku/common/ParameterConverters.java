package io.kaiku.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Parses query and path parameters so that a malformed value is a 400 naming the parameter,
 * instead of the 404 that JAX-RS prescribes for a failed conversion.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Converter<>(name, value -> {
                try {
                    return Long.valueOf(value.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidRequestException(name, "type", "'" + name + "' must be a whole number.");
                }
            });
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) new Converter<>(name, value -> {
                try {
                    return Instant.parse(value.strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidRequestException(
                            name, "type", "'" + name + "' must be a UTC time such as 2026-01-31T12:00:00Z.");
                }
            });
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new Converter<>(name, value -> enumValue((Class) rawType, name, value));
        }
        return null;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        for (E constant : type.getEnumConstants()) {
            if (wireName(constant).equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(ParameterConverters::wireName)
                .collect(Collectors.joining(", "));
        throw new InvalidRequestException(name, "invalid", "'" + name + "' must be one of: " + allowed + ".");
    }

    /** Enums whose constants are upper case carry their JSON name in value(). */
    private static String wireName(Enum<?> constant) {
        try {
            return (String) constant.getClass().getMethod("value").invoke(constant);
        } catch (ReflectiveOperationException e) {
            return constant.name();
        }
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    private record Converter<T>(String name, java.util.function.Function<String, T> parse)
            implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            return value == null ? null : parse.apply(value);
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
