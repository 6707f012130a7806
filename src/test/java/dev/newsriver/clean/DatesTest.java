package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void dayMonthYearWithTimeIsReadAsUtc() {
        assertEquals(Instant.parse("2024-04-24T00:29:00Z"), Dates.find("24 Apr 2024 00:29"));
    }

    @Test
    void monthDayYearWithAfternoonTime() {
        assertEquals(Instant.parse("2024-06-08T15:05:00Z"), Dates.find("Updated June 8, 2024, 3:05 pm"));
    }

    @Test
    void isoDateTimeKeepsItsOffset() {
        assertEquals(Instant.parse("2024-06-08T08:00:00Z"), Dates.iso("2024-06-08T10:00:00+02:00"));
        assertEquals(Instant.parse("2024-06-08T10:00:00Z"), Dates.iso("2024-06-08T10:00:00"));
        assertEquals(Instant.parse("2024-06-08T00:00:00Z"), Dates.iso("2024-06-08"));
    }

    @Test
    void impossibleDatesAndPlainTextGiveNothing() {
        assertNull(Dates.find("31 Feb 2024"));
        assertNull(Dates.find("no date here"));
        assertNull(Dates.iso(null));
    }
}
