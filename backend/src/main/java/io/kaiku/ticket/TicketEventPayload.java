package io.kaiku.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What one event says beyond its type: the field and its values before and after, or what was added. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketEventPayload(String field, EventValue from, EventValue to, Long compensationId) {}
