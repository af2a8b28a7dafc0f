package io.kaiku.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kaiku.common.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The record of one customer contact: what it is about, who handles it, what was promised and
 * done. Status and priority rules live here so no code path can skip them.
 */
@Entity
@Table(name = "ticket")
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    public Long id;

    @Column(name = "number", nullable = false, updatable = false)
    public long number;

    @Column(name = "subject", nullable = false)
    public String subject;

    @Column(name = "description")
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    public Channel channel;

    @Column(name = "status", nullable = false)
    private TicketStatus status = TicketStatus.NEW;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false)
    private TicketPriority priority = TicketPriority.normal;

    @Column(name = "customer_losing_money", nullable = false)
    private boolean customerLosingMoney;

    @Column(name = "queue_id")
    public Long queueId;

    @Column(name = "assignee_id")
    public Long assigneeId;

    @Column(name = "received_by_id")
    public Long receivedById;

    @Column(name = "customer_id", nullable = false)
    public long customerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", nullable = false)
    public List<String> tags = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @Column(name = "solved_at")
    private Instant solvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "promised_by")
    public Instant promisedBy;

    @Column(name = "agreed_solution")
    public String agreedSolution;

    @Column(name = "follow_up_at")
    public Instant followUpAt;

    @Column(name = "prevention_suggestion")
    public String preventionSuggestion;

    @Column(name = "resolution_summary")
    public String resolutionSummary;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public TicketStatus getStatus() {
        return status;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public boolean isCustomerLosingMoney() {
        return customerLosingMoney;
    }

    public Instant getSolvedAt() {
        return solvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String displayNumber() {
        return TicketNumbers.format(number);
    }

    /** Closed is final; "new" is only where a ticket starts; only a solved ticket can be closed. */
    public void changeStatus(TicketStatus target, Instant now) {
        requireNotClosed();
        if (target == status) {
            return;
        }
        if (target == TicketStatus.NEW) {
            throw new RuleViolationException("ticket.status-transition", "A ticket cannot go back to new.");
        }
        if (target == TicketStatus.CLOSED && status != TicketStatus.SOLVED) {
            throw new RuleViolationException("ticket.close-unsolved", "Solve a ticket before closing it.");
        }
        if (target == TicketStatus.SOLVED) {
            solvedAt = now;
        } else if (status == TicketStatus.SOLVED && target != TicketStatus.CLOSED) {
            solvedAt = null;
        }
        if (target == TicketStatus.CLOSED) {
            closedAt = now;
        }
        status = target;
    }

    public void changePriority(TicketPriority target) {
        requireNotClosed();
        if (customerLosingMoney && target != TicketPriority.urgent) {
            throw new RuleViolationException(
                    "ticket.losing-money-is-urgent", "A customer losing money is always urgent; clear the flag first.");
        }
        priority = target;
    }

    /** Business impact: a customer losing money because of us forces the ticket to urgent. */
    public void markCustomerLosingMoney(boolean losingMoney) {
        requireNotClosed();
        customerLosingMoney = losingMoney;
        if (losingMoney) {
            priority = TicketPriority.urgent;
        }
    }

    public void requireNotClosed() {
        if (status == TicketStatus.CLOSED) {
            throw new RuleViolationException("ticket.closed", "The ticket is closed; open a new one instead.");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ticket ticket && id != null && id.equals(ticket.id);
    }

    @Override
    public int hashCode() {
        return Ticket.class.hashCode();
    }
}
