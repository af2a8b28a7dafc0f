package io.kaiku.ticket;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TicketNumbersTest {

    @Test
    void padsToSixDigitsAndGrowsBeyond() {
        assertEquals("KA-000001", TicketNumbers.format(1));
        assertEquals("KA-000123", TicketNumbers.format(123));
        assertEquals("KA-999999", TicketNumbers.format(999_999));
        assertEquals("KA-1234567", TicketNumbers.format(1_234_567));
    }

    @Test
    void readsWhatPeopleType() {
        assertEquals(Optional.of(123L), TicketNumbers.parse("KA-000123"));
        assertEquals(Optional.of(123L), TicketNumbers.parse(" ka123 "));
        assertEquals(Optional.of(1_234_567L), TicketNumbers.parse(TicketNumbers.format(1_234_567)));
        assertEquals(Optional.empty(), TicketNumbers.parse("printer"));
        assertEquals(Optional.empty(), TicketNumbers.parse(null));
    }
}
