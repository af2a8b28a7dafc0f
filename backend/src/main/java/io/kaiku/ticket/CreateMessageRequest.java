package io.kaiku.ticket;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateMessageRequest(
        @NotNull @Schema(required = true) MessageKind kind,

        @NotBlank
        @Size(max = 200000)
        @Schema(required = true, maxLength = 200000, description = "HTML; sanitised on arrival")
        String body,

        @Size(max = 20) List<@NotNull Long> attachmentIds,

        @Schema(description = "Set the ticket to this status with the same action (reply and solve)")
        TicketStatus status) {}
