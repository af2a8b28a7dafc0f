package io.kaiku.ticket;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Something given to a customer to make up for a problem. */
@Entity
@Table(name = "compensation")
public class Compensation {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compensation_seq")
    @SequenceGenerator(name = "compensation_seq", sequenceName = "compensation_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ticket_id", nullable = false)
    public long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public CompensationKind kind;

    @Column(name = "amount", precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(name = "currency")
    public String currency;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_status", nullable = false)
    public CompensationApproval approval;

    /** The manager who approved or rejected it. */
    @Column(name = "decided_by_id")
    public Long decidedById;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "granted_on", nullable = false)
    public LocalDate grantedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by_id", nullable = false)
    public long createdById;

    /** A manager's decision on a pending compensation; a decision is final. */
    void decide(boolean approve, long managerId, Instant now) {
        if (approval != CompensationApproval.pending) {
            throw new io.kaiku.common.RuleViolationException(
                    "compensation.not-pending",
                    "Only a compensation waiting for approval can be approved or rejected.");
        }
        approval = approve ? CompensationApproval.approved : CompensationApproval.rejected;
        decidedById = managerId;
        decidedAt = now;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Compensation compensation && id != null && id.equals(compensation.id);
    }

    @Override
    public int hashCode() {
        return Compensation.class.hashCode();
    }
}
