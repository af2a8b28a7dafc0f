package io.kaiku.outbox;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A consumer for the outbox tests: it fails on the events of tickets whose subject contains a
 * marker for as long as a test wants it to, and remembers every event it handled.
 */
@ApplicationScoped
public class FlakyConsumer implements OutboxConsumer {
    private final Set<String> failOn = ConcurrentHashMap.newKeySet();
    private final Set<Long> handled = ConcurrentHashMap.newKeySet();

    /** Fails on tickets whose subject contains {@code marker} until {@link #recover}. */
    public void failOn(String marker) {
        failOn.add(marker);
    }

    public void recover() {
        failOn.clear();
    }

    public boolean handled(long eventId) {
        return handled.contains(eventId);
    }

    @Override
    public String name() {
        return "test-flaky";
    }

    @Override
    public Set<String> topics() {
        return Set.of("ticket");
    }

    @Override
    public void handle(List<OutboxEvent> events) {
        for (OutboxEvent event : events) {
            JsonNode subject = event.payload().path("after").path("subject");
            for (String marker : failOn) {
                if (subject.asText().contains(marker)) {
                    throw new IllegalStateException("Refusing " + subject.asText());
                }
            }
        }
        events.forEach(event -> handled.add(event.id()));
    }
}
