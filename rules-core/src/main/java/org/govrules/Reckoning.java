package org.govrules;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How a body reckons time limits such as "within one week of the transmission".
 *
 * <p>A time limit of {@code n} days (a week is seven) that runs from an event is met by anything that happens up to the
 * end of the {@code n}-th calendar day after the day of the event, in the body's time zone. The day of the event
 * itself is not counted, weekends and holidays are. So for a draft summary record transmitted on 2 March 2026 comments
 * close at the end of 9 March 2026 (Asia/Jakarta time for ASEAN bodies); a comment dated 10 March is late.
 *
 * @param zone the time zone in which the body's dates are read (for ASEAN bodies the ASEAN Secretariat's,
 *             {@code Asia/Jakarta})
 */
public record Reckoning(ZoneId zone) {

    /**
     * Checks that a zone is given.
     *
     * @param zone the time zone in which the body's dates are read (for ASEAN bodies the ASEAN Secretariat's, {@code Asia/Jakarta})
     */
    public Reckoning {
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * The last calendar day on which something is still "within" {@code limit} of an event.
     *
     * @param event the day of the event
     * @param limit the time limit
     * @return the last day, in the body's time zone
     */
    public LocalDate lastDayWithin(LocalDate event, Period limit) {
        return event.plus(limit);
    }

    /**
     * The last calendar day on which something is still within a number of days of an event.
     *
     * @param event the day of the event
     * @param days  the limit in days ("one week" is 7)
     * @return the last day
     */
    public LocalDate lastDayWithin(LocalDate event, int days) {
        return lastDayWithin(event, Period.ofDays(days));
    }

    /**
     * The instant at which the limit runs out: midnight at the start of the day after the last day.
     *
     * @param event the day of the event
     * @param limit the time limit
     * @return the instant, in the body's time zone
     */
    public ZonedDateTime closesAt(LocalDate event, Period limit) {
        return lastDayWithin(event, limit).plusDays(1).atStartOfDay(zone);
    }

    /**
     * Whether something is within a limit of an event.
     *
     * @param event the day of the event
     * @param limit the time limit
     * @param day   the day of the thing done
     * @return true if {@code day} is on or after {@code event} and on or before the last day
     */
    public boolean isWithin(LocalDate event, Period limit, LocalDate day) {
        return !day.isBefore(event) && !day.isAfter(lastDayWithin(event, limit));
    }

    /**
     * Today's date in the body's time zone.
     *
     * @param clock the clock to read
     * @return the date
     */
    public LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
