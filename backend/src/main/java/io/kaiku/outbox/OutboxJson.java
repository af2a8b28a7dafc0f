package io.kaiku.outbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The JSON of event payloads: the application's mapper (ISO instants, no nulls), but tolerant of
 * fields it does not know, so a consumer reads events written by a newer instance during an upgrade.
 */
@ApplicationScoped
public class OutboxJson {
    private final ObjectMapper mapper;

    OutboxJson(ObjectMapper application) {
        this.mapper = application.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public <T> T read(com.fasterxml.jackson.databind.JsonNode payload, Class<T> type) {
        try {
            return mapper.treeToValue(payload, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Payload is not a " + type.getSimpleName(), e);
        }
    }
}
