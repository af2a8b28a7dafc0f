package io.kaiku.common;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shared schemas that no operation returns directly. The contract's header (info, servers) is
 * written by {@link OpenApiContract}: Quarkus replaces this annotation's info with its own.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Kaiku API",
                        version = "1.0.0",
                        description = "See OpenApiContract, which writes the contract's introduction."),
        components =
                @Components(
                        schemas = {
                            @Schema(name = "Problem", implementation = Problem.class),
                            @Schema(name = "FieldError", implementation = FieldError.class)
                        }))
public final class KaikuApiDefinition {
    private KaikuApiDefinition() {}
}
