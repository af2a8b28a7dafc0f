package io.kaiku.ticket;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import io.kaiku.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A text search takes one of three plans, by how common its word is among the tickets listed: a
 * walk down the first rows of the list, the few matches collected and sorted, or a walk down the
 * whole list. Whichever it takes, the first page is the same as the plain list's matching tickets
 * in order. The tickets are written straight into the table (thousands are needed to reach the
 * third plan) and removed afterwards.
 */
@QuarkusTest
class TextSearchPlansTest {
    private static final long FIRST_ID = 2_000_000_000L;

    @Inject
    DataSource dataSource;

    private final List<Long> written = new ArrayList<>();

    @AfterEach
    void removeWrittenTickets() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from ticket where id = any(?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", written.toArray()));
            delete.executeUpdate();
        }
        written.clear();
    }

    @Test
    void aWordOnManyTicketsAtTheTopIsFoundByWalkingTheFirstRows() throws SQLException {
        assertFirstPageInOrder(0, 60, 10);
    }

    @Test
    void aRareWordIsFoundByCollectingItsFewTickets() throws SQLException {
        assertFirstPageInOrder(2_500, 30, 100);
    }

    @Test
    void aCommonWordFarDownTheListIsFoundByWalkingTheWholeList() throws SQLException {
        assertFirstPageInOrder(2_100, 2_100, 10);
    }

    /**
     * Writes, for one new customer, {@code urgentWithout} urgent tickets without the word, then
     * {@code lowWith} low-priority tickets with it and {@code lowWithout} without it (interleaved), and checks the
     * first page of the customer's tickets searched for the word.
     */
    private void assertFirstPageInOrder(int urgentWithout, int lowWith, int lowWithout) throws SQLException {
        String token = Api.admin();
        long customerId = Api.customer(token);
        String word = "wombat" + Long.toString(System.nanoTime(), 36);
        List<Long> expected = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into ticket (id, number, subject, channel, status, priority, customer_id, created_at, updated_at)
                        values (?, nextval('ticket_number_seq'), ?, 'email', 'open', ?, ?,
                                now() - make_interval(secs => ?), now())
                        """)) {
            long id = FIRST_ID + (System.nanoTime() % 1_000_000) * 10_000;
            // Each ticket written is older than the one before, so the list's order is the reverse of
            // the table's: a plan that took the first matches it came across would show the wrong ones.
            int age = 0;
            for (int i = 0; i < urgentWithout; i++) {
                add(insert, id++, "Unrelated urgent " + i, "urgent", customerId, age++);
            }
            // Interleaved, so that matches and non-matches alternate in the list's order.
            for (int i = 0; i < Math.max(lowWith, lowWithout); i++) {
                if (i < lowWith) {
                    expected.add(id);
                    add(insert, id++, "About the " + word + " number " + i, "low", customerId, age++);
                }
                if (i < lowWithout) {
                    add(insert, id++, "Nothing to see " + i, "low", customerId, age++);
                }
            }
            insert.executeBatch();
        }
        java.util.Collections.reverse(expected);
        List<Long> page = as(token)
                .queryParam("customerId", customerId)
                .queryParam("q", word)
                .queryParam("limit", 50)
                .get("/api/v1/tickets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
        assertEquals(expected.subList(0, Math.min(50, expected.size())), page);
    }

    private void add(
            PreparedStatement insert, long id, String subject, String priority, long customerId, int ageSeconds)
            throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, subject);
        insert.setString(3, priority);
        insert.setLong(4, customerId);
        insert.setInt(5, ageSeconds);
        insert.addBatch();
        written.add(id);
    }
}
