package org.govrules.assistant;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.govrules.Body;
import org.govrules.Deadline;
import org.govrules.DeadlineStatus;

/**
 * Deadlines as an iCalendar file ({@code METHOD:PUBLISH}) that shows each deadline at the right moment wherever the
 * reader is: a deadline runs to the end of its due day in the body's time zone, so each is an hour-long event ending
 * at that midnight, with the local cut-off, the zone and the body in the text. Open deadlines carry an alarm a day
 * before; met, missed and lapsed ones none, and lapsed ones are {@code CANCELLED}. The UID comes from the deadline's
 * key and {@code SEQUENCE} grows with each export, so importing a newer file updates the events instead of
 * duplicating them.
 *
 * <p>Times are written in UTC: ical4j 4.1's {@code VTIMEZONE} for Asia/Jakarta resolved 2026 times at +07:30 (an
 * observance of 1950), which moved every deadline by half an hour; a UTC time is exact in every calendar.
 */
public final class DeadlineCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    /** Minutes since this moment make the sequence: larger for every later export. */
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private DeadlineCalendar() {}

    /**
     * @param bodies the body of each deadline (its time zone and name), e.g. {@code rulebook::body}
     * @param now    when the file is made: its stamp and sequence
     */
    public static String of(List<Deadline> deadlines, Function<String, Body> bodies, Instant now) {
        var calendar = new Calendar()
                .<Calendar>add(new ProdId("-//govrules//deadlines//EN"))
                .<Calendar>add(ImmutableVersion.VERSION_2_0)
                .<Calendar>add(ImmutableCalScale.GREGORIAN)
                .<Calendar>add(ImmutableMethod.PUBLISH);
        int sequence = (int) Math.max(0, Duration.between(SEQUENCE_EPOCH, now).toMinutes());
        for (Deadline d : deadlines) {
            Body body = bodies.apply(d.body());
            ZoneId zone = body.reckoning().zone();
            ZonedDateTime end = d.due().plusDays(1).atStartOfDay(zone);
            String label = switch (d.status()) {
                case OPEN -> "Deadline";
                case MET -> "Met";
                case MISSED -> "Missed";
                case LAPSED -> "Lapsed";
            };
            VEvent event = new VEvent(end.minusHours(1).toInstant(), end.toInstant(), label + " (" + body.shortName() + "): " + d.what())
                    .<VEvent>add(new Uid(d.body() + "/" + d.key() + "@govrules"))
                    .<VEvent>add(new DtStamp(now))
                    .<VEvent>add(new Sequence(sequence))
                    .<VEvent>add(d.status() == DeadlineStatus.LAPSED ? ImmutableStatus.VEVENT_CANCELLED
                            : ImmutableStatus.VEVENT_CONFIRMED)
                    .<VEvent>add(new Description(d.what() + ". Status: " + d.status().label() + ". Closes at the end of "
                            + DAY.format(d.due()) + ", " + zone.getId() + " time (" + end.toInstant() + " UTC)."
                            + " Rests on " + d.provision() + " of the " + body.name() + "'s instruments."));
            if (d.status() == DeadlineStatus.OPEN) {
                event.add(new VAlarm(Duration.ofDays(-1)).<VAlarm>add(ImmutableAction.DISPLAY)
                        .<VAlarm>add(new Description(d.what() + " (" + body.shortName() + ")")));
            }
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            // Not validated: ical4j's iTIP check asks a PUBLISH calendar's alarms for an organiser, which no calendar
            // program needs and a file made on the command line has none to give.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return out.toString();
    }
}
