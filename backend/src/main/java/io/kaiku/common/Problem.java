package io.kaiku.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document; `code` is stable and is what clients translate. */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json")
public record Problem(
        @Schema(required = true, examples = "/problems/ticket.not-found")
        String type,

        @Schema(required = true, examples = "Not found") String title,
        @Schema(required = true, examples = "404") int status,
        String detail,
        String instance,

        @Schema(required = true, examples = "ticket.not-found")
        String code,

        @Schema(required = true) List<FieldError> errors,
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
