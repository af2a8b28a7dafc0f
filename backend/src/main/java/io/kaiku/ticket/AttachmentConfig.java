package io.kaiku.ticket;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kaiku.attachments")
public interface AttachmentConfig {
    /** Largest single file. */
    MemorySize maxSize();

    /** Most bytes one person may have uploaded but not yet attached to a message. */
    @WithDefault("200M")
    MemorySize unattachedQuota();

    /** Most bytes one person may upload in 24 hours. */
    @WithDefault("2G")
    MemorySize dailyQuota();

    /** Uploads never attached to a message are deleted after this. */
    @WithDefault("PT24H")
    Duration unattachedLifetime();
}
