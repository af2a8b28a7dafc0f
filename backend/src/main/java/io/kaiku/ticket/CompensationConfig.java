package io.kaiku.ticket;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kaiku.compensations")
public interface CompensationConfig {
    /** A compensation of more than this amount (in its own currency) waits for a manager's approval. */
    @WithDefault("100")
    BigDecimal approvalAbove();
}
