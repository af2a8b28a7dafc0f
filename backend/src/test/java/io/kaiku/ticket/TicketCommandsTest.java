package io.kaiku.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.kaiku.common.Actor;
import io.kaiku.common.ActorType;
import io.kaiku.common.ConflictException;
import io.kaiku.common.ExpectedVersion;
import io.kaiku.common.PreconditionFailedException;
import io.kaiku.common.RuleViolationException;
import io.kaiku.testing.Api;
import io.kaiku.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ticket's rules as every actor meets them, on the test clock. */
@QuarkusTest
class TicketCommandsTest {
    @Inject
    TicketCommands commands;

    @Inject
    TicketTimelineService timeline;

    @Inject
    TicketRepository tickets;

    @Inject
    TestClock clock;

    private Instant start;
    private long customerId;
    private Api.Staff agent;

    @BeforeEach
    void stopTheClock() {
        start = clock.stop();
        agent = Api.staff("agent");
        customerId = Api.customer(agent.token());
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    private Ticket open(Actor actor) {
        return commands.open(
                        NewTicket.fromCustomer("Router keeps rebooting", null, Channel.email, customerId, null), actor)
                .ticket();
    }

    private Ticket reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> tickets.findById(id));
    }

    @Test
    void timesAreTheClockOfEachStep() {
        Ticket ticket = open(Actor.customer(customerId));
        assertEquals(start, ticket.createdAt);
        assertEquals(TicketStatus.NEW, ticket.getStatus());

        Instant replied = clock.advance(Duration.ofMinutes(42));
        commands.addMessage(
                ticket.id,
                new NewMessage(MessageKind.reply, "<p>Try a new cable.</p>", List.of(), null),
                Actor.staff(agent.id()));
        Ticket afterReply = reload(ticket.id);
        assertEquals(replied, afterReply.firstResponseAt);
        assertEquals(TicketStatus.OPEN, afterReply.getStatus(), "our first reply opens a new ticket");

        Instant solved = clock.advance(Duration.ofHours(3));
        commands.change(
                ticket.id,
                TicketChange.builder().status(TicketStatus.SOLVED).build(),
                Actor.staff(agent.id()),
                ExpectedVersion.ANY);
        assertEquals(solved, reload(ticket.id).getSolvedAt());

        clock.advance(Duration.ofDays(1));
        commands.addMessage(
                ticket.id,
                new NewMessage(MessageKind.reply, "It happened again.", List.of(), null),
                Actor.contact("neighbour@example.com"));
        Ticket reopened = reload(ticket.id);
        assertEquals(TicketStatus.OPEN, reopened.getStatus(), "a reply from the customer's side reopens");
        assertNull(reopened.getSolvedAt());
        assertEquals(replied, reopened.firstResponseAt, "the first response stays the first");

        commands.change(
                ticket.id,
                TicketChange.builder().status(TicketStatus.SOLVED).build(),
                Actor.system("test"),
                ExpectedVersion.ANY);
        Instant closed = clock.advance(Duration.ofDays(4));
        commands.change(
                ticket.id,
                TicketChange.builder().status(TicketStatus.CLOSED).build(),
                Actor.system("test"),
                ExpectedVersion.ANY);
        assertEquals(closed, reload(ticket.id).getClosedAt());
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> commands.change(
                        ticket.id,
                        TicketChange.builder().subject("Reopen me").build(),
                        Actor.staff(agent.id()),
                        ExpectedVersion.ANY));
        assertEquals("ticket.closed", refused.code());
    }

    @Test
    void everyActorIsRecordedWithItsType() {
        Ticket ticket = open(Actor.integration(7, "Phone system"));
        commands.addMessage(
                ticket.id,
                new NewMessage(MessageKind.note, "Escalated by rule", List.of(), null),
                Actor.rule(12, "VIP first"));
        commands.change(
                ticket.id,
                TicketChange.builder().addTags(List.of("VIP")).build(),
                Actor.rule(12, "VIP first"),
                ExpectedVersion.ANY);
        List<TicketEventView> events = timeline.timeline(ticket.id);
        assertEquals(ActorType.integration, events.get(0).actor().type());
        assertEquals("Phone system", events.get(0).actor().name());
        TicketEventView tagged = events.stream()
                .filter(e -> e.type() == TicketEventType.tags_changed)
                .findFirst()
                .orElseThrow();
        assertEquals(ActorType.rule, tagged.actor().type());
        assertEquals(12L, tagged.actor().id());
        assertEquals(List.of("vip"), tagged.to().tags());
        assertEquals(List.of(), tagged.from().tags());
    }

    @Test
    void aCustomerLosingMoneyIsAlwaysUrgent() {
        Ticket ticket = open(Actor.customer(customerId));
        Actor staff = Actor.staff(agent.id());
        commands.change(
                ticket.id, TicketChange.builder().customerLosingMoney(true).build(), staff, ExpectedVersion.ANY);
        assertEquals(TicketPriority.urgent, reload(ticket.id).getPriority());
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> commands.change(
                        ticket.id,
                        TicketChange.builder().priority(TicketPriority.low).build(),
                        staff,
                        ExpectedVersion.ANY));
        assertEquals("ticket.losing-money-is-urgent", refused.code());
        commands.change(
                ticket.id,
                TicketChange.builder()
                        .customerLosingMoney(false)
                        .priority(TicketPriority.low)
                        .build(),
                staff,
                ExpectedVersion.ANY);
        assertEquals(TicketPriority.low, reload(ticket.id).getPriority());
    }

    @Test
    void oneChangeIsOneBatchOfEventsWithTypedValues() {
        Ticket ticket = open(Actor.customer(customerId));
        Instant promised = start.plus(2, ChronoUnit.DAYS);
        commands.change(
                ticket.id,
                TicketChange.builder()
                        .assigneeId(Optional.of(agent.id()))
                        .promisedBy(Optional.of(promised))
                        .status(TicketStatus.PENDING)
                        .build(),
                Actor.staff(agent.id()),
                ExpectedVersion.ANY);
        List<TicketEventView> change = timeline.timeline(ticket.id).stream()
                .filter(e -> e.type() != TicketEventType.created)
                .toList();
        assertEquals(3, change.size());
        assertEquals(
                1, change.stream().map(TicketEventView::changeId).distinct().count(), "one change, one number");
        TicketEventView assigned = change.stream()
                .filter(e -> e.type() == TicketEventType.assignee_changed)
                .findFirst()
                .orElseThrow();
        assertEquals(EventValue.Kind.user, assigned.to().kind());
        assertEquals(agent.id(), assigned.to().id());
        assertTrue(assigned.to().name().startsWith("Test agent"), assigned.to().name());
        TicketEventView promise = change.stream()
                .filter(e -> "promisedBy".equals(e.field()))
                .findFirst()
                .orElseThrow();
        assertEquals(promised, promise.to().datetime());
        assertNull(promise.from());
    }

    @Test
    void aStaleVersionIsRefusedTheSameWayEverywhere() {
        Ticket ticket = open(Actor.customer(customerId));
        Actor staff = Actor.staff(agent.id());
        TicketChange change = TicketChange.builder().subject("Renamed").build();
        PreconditionFailedException ifMatch = assertThrows(
                PreconditionFailedException.class,
                () -> commands.change(ticket.id, change, staff, new ExpectedVersion(ticket.version + 1, null)));
        assertEquals("ticket.version-conflict", ifMatch.code());
        ConflictException body = assertThrows(
                ConflictException.class,
                () -> commands.change(ticket.id, change, staff, new ExpectedVersion(null, ticket.version + 1)));
        assertEquals("ticket.version-conflict", body.code());
        commands.change(ticket.id, change, staff, new ExpectedVersion(ticket.version, ticket.version + 5));
        assertEquals("Renamed", reload(ticket.id).subject);
    }
}
