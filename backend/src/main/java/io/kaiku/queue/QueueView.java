package io.kaiku.queue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record QueueView(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        String description,
        @Schema(required = true) boolean active,
        @Schema(required = true) int position,

        @Schema(required = true, description = "Increases with every change; send it back as If-Match or `version`")
        long version) {

    static QueueView of(Queue queue) {
        return new QueueView(queue.id, queue.name, queue.description, queue.active, queue.position, queue.version);
    }
}
