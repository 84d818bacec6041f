package org.govrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ReckoningTest {

    private final Reckoning jakarta = new Reckoning(ZoneId.of("Asia/Jakarta"));
    private final LocalDate transmitted = LocalDate.parse("2026-03-02");

    @Test
    void one_week_runs_to_the_end_of_the_seventh_calendar_day_after_the_event() {
        assertThat(jakarta.lastDayWithin(transmitted, 7)).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(jakarta.closesAt(transmitted, java.time.Period.ofWeeks(1)))
                .isEqualTo(ZonedDateTime.parse("2026-03-10T00:00+07:00[Asia/Jakarta]"));
    }

    @Test
    void the_last_day_is_in_time_and_the_day_after_is_late() {
        var week = java.time.Period.ofWeeks(1);
        assertThat(jakarta.isWithin(transmitted, week, LocalDate.parse("2026-03-09"))).isTrue();
        assertThat(jakarta.isWithin(transmitted, week, LocalDate.parse("2026-03-10"))).isFalse();
        assertThat(jakarta.isWithin(transmitted, week, LocalDate.parse("2026-03-01"))).isFalse();
    }

    @Test
    void today_is_read_in_the_body_s_zone() {
        var lateEvening = java.time.Clock.fixed(java.time.Instant.parse("2026-03-09T18:30:00Z"), ZoneId.of("UTC"));
        assertThat(jakarta.today(lateEvening)).isEqualTo(LocalDate.parse("2026-03-10"));
    }
}
