package io.kaiku.ticket;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MessageAuthor(
        @Schema(
                required = true,
                enumeration = {"staff", "customer"})
        String type,

        @Schema(required = true) long id,
        @Schema(required = true) String name) {}
