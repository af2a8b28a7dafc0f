package io.kaiku.ticket;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.kaiku.common.Caller;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.Keyset;
import io.kaiku.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Ticket lists: the inbox views, filters, free text and a customer's history. */
@ApplicationScoped
public class TicketSearch {
    private final TicketRepository tickets;

    TicketSearch(TicketRepository tickets) {
        this.tickets = tickets;
    }

    @Transactional
    public TicketPage list(TicketFilter filter, Caller caller) {
        TicketSort sort = filter.sort() == null ? TicketSort.priority : filter.sort();
        Keyset.Position after = Keyset.after(filter.cursor(), sort.name(), sort == TicketSort.priority ? 3 : 2);
        Long assigneeId = null;
        boolean unassigned = false;
        String assignee = filter.assignee() == null ? "" : filter.assignee().strip();
        switch (assignee) {
            case "" -> {}
            case "me" -> assigneeId = caller.userId();
            case "unassigned" -> unassigned = true;
            default -> assigneeId = parseId(assignee);
        }
        Long number = null;
        String tsquery = null;
        if (filter.text() != null && !filter.text().isBlank()) {
            Optional<Long> parsed = TicketNumbers.parse(filter.text());
            if (parsed.isPresent()) {
                number = parsed.get();
            } else {
                tsquery = prefixQuery(filter.text());
            }
        }
        TicketQuery query = new TicketQuery(
                set(filter.statuses(), TicketStatus.class),
                set(filter.priorities(), TicketPriority.class),
                filter.queueId(),
                assigneeId,
                unassigned,
                filter.customerId(),
                filter.tag() == null || filter.tag().isBlank() ? null : Tags.normalise(filter.tag(), "tag"),
                filter.channel(),
                filter.createdFrom(),
                filter.createdTo(),
                filter.updatedFrom(),
                filter.updatedTo(),
                number,
                tsquery,
                sort,
                after);
        List<Row> rows = tickets.search(query, filter.limit() + 1);
        Keyset.Page<TicketSummary> page =
                Keyset.page(rows, filter.limit(), row -> TicketMapper.cursorAfter(row, sort), TicketMapper::toSummary);
        return new TicketPage(page.items(), page.nextCursor());
    }

    /**
     * Every word must match, each as a prefix, so "invo dou" finds "invoice charged double". The
     * database lower-cases the words as it did the indexed text.
     */
    private static String prefixQuery(String text) {
        String query = Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(10)
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? null : query;
    }

    private static <E extends Enum<E>> Set<E> set(List<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? null : EnumSet.copyOf(values);
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("assignee", "invalid", "Use a user id, 'me' or 'unassigned'.");
        }
    }
}
