package io.kaiku.ticket;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Something given to the customer, to record on the ticket that caused it. */
public record NewCompensation(
        CompensationKind kind, BigDecimal amount, String currency, String reason, LocalDate grantedOn) {}
