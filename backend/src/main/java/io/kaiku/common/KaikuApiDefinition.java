package io.kaiku.common;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's header and the shared schemas that no operation returns directly. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Kaiku API",
                        version = "1.0.0",
                        description = "The REST API of Kaiku, a self-hostable customer-service help desk. "
                                + "Errors are RFC 9457 problem documents; lists page with an opaque `cursor`."),
        components =
                @Components(
                        schemas = {
                            @Schema(name = "Problem", implementation = Problem.class),
                            @Schema(name = "FieldError", implementation = FieldError.class)
                        }))
public final class KaikuApiDefinition {
    private KaikuApiDefinition() {}
}
