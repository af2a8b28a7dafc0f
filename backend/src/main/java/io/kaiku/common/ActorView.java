package io.kaiku.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor as clients see it, with the name to show. */
@Schema(name = "Actor", description = "Who did something: a person, a rule, an integration or Kaiku itself")
public record ActorView(
        @Schema(required = true) ActorType type,

        @Schema(
                description =
                        "The staff user's, customer's, rule's or integration's id; absent for contacts and the system")
        Long id,

        @Schema(required = true, description = "The name to show (a contact's address)")
        String name) {}
