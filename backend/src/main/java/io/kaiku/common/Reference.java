package io.kaiku.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pointer to another object with the name to show for it. */
public record Reference(
        @Schema(required = true) long id,
        @Schema(required = true) String name) {

    public static Reference of(Long id, String name) {
        return id == null ? null : new Reference(id, name);
    }
}
