package io.kaiku.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One offending field of a rejected request: `field` is the JSON path, `code` the broken rule. */
public record FieldError(
        @Schema(required = true, examples = "subject") String field,
        @Schema(required = true, examples = "size") String code,
        String message) {}
