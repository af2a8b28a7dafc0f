package io.kaiku.ticket;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.customer;
import static io.kaiku.testing.Api.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TicketConcurrencyTest {

    @Test
    void fiftyConcurrentEditsOfOneVersionLetExactlyOneWin() throws Exception {
        String token = admin();
        long ticketId = ticket(token, customer(token));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String subject = "Edit " + i;
            results.add(pool.submit(() -> {
                start.await();
                return as(token)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("subject", subject))
                        .patch("/api/v1/tickets/{id}", ticketId)
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        as(token).get("/api/v1/tickets/{id}", ticketId).then().header("ETag", "\"1\"");
    }

    @Test
    void cursorPagingReturnsEveryRowOnceWhileRowsAreInserted() throws Exception {
        String token = admin();
        long customerId = customer(token);
        Set<Integer> existing = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            String priority = List.of("low", "normal", "high", "urgent").get(i % 4);
            Number id = as(token)
                    .body(Map.of(
                            "subject",
                            "Existing " + i,
                            "channel",
                            "phone",
                            "customerId",
                            customerId,
                            "priority",
                            priority))
                    .post("/api/v1/tickets")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            existing.add(id.intValue());
        }
        AtomicBoolean paging = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Integer> insertedMeanwhile = new ConcurrentLinkedQueue<>();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writes = writer.submit(() -> {
            int i = 0;
            while (paging.get()) {
                String priority = List.of("urgent", "low", "high", "normal").get(i % 4);
                Number id = as(token)
                        .body(Map.of(
                                "subject",
                                "Concurrent " + i++,
                                "channel",
                                "phone",
                                "customerId",
                                customerId,
                                "priority",
                                priority))
                        .post("/api/v1/tickets")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
                insertedMeanwhile.add(id.intValue());
            }
        });
        for (String sort : List.of("priority", "created", "updated")) {
            List<Integer> seen = new ArrayList<>();
            String cursor = null;
            do {
                var request = as(token)
                        .queryParam("customerId", customerId)
                        .queryParam("limit", 7)
                        .queryParam("sort", sort);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.get("/api/v1/tickets").then().statusCode(200).extract();
                seen.addAll(page.path("items.id"));
                cursor = page.path("nextCursor");
                Thread.sleep(5);
            } while (cursor != null);
            assertEquals(seen.size(), new HashSet<>(seen).size(), sort + ": a row was returned twice");
            assertTrue(seen.containsAll(existing), sort + ": a row that existed before paging was skipped");
        }
        paging.set(false);
        writes.get(30, TimeUnit.SECONDS);
        writer.shutdown();
        assertTrue(insertedMeanwhile.size() > 0, "the writer did insert while paging");
    }
}
