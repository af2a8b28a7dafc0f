package io.kaiku.outbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaiku.common.Actor;

/** One committed event, as consumers receive it. */
public record OutboxEvent(
        long id,
        long txId,
        String topic,
        String type,
        Long subjectId,
        Actor actor,
        JsonNode payload,
        Instant occurredAt) {}
