package io.kaiku.portal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a customer may say when submitting a request; anything else is rejected as an unknown field. */
public record SubmitRequestRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
        String subject,

        @NotBlank @Size(max = 100000) @Schema(required = true, maxLength = 100000)
        String description,

        @Schema(description = "The problem area, from GET /api/v1/queues")
        Long queueId,

        @Size(max = 20) List<@NotNull Long> attachmentIds) {}
