package org.govrules.assistant;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.govrules.Deadline;

/**
 * Deadlines as an iCalendar file: one all-day event per deadline on its due date, the provision in the description,
 * and an alarm the day before. The UID is derived from the deadline's key, so importing a newer file updates events
 * instead of duplicating them.
 */
public final class DeadlineCalendar {

    private DeadlineCalendar() {}

    public static String of(List<Deadline> deadlines) {
        var calendar = new Calendar()
                .<Calendar>add(new ProdId("-//govrules//deadlines//EN"))
                .<Calendar>add(ImmutableVersion.VERSION_2_0)
                .<Calendar>add(ImmutableCalScale.GREGORIAN);
        for (Deadline d : deadlines) {
            var alarm = new VAlarm(Duration.ofDays(-1))
                    .<VAlarm>add(ImmutableAction.DISPLAY)
                    .<VAlarm>add(new Description(d.what()));
            VEvent event = new VEvent(d.due(), d.what())
                    .<VEvent>add(new Uid(d.body() + "/" + d.key() + "@govrules"))
                    .<VEvent>add(new Description(d.what() + " (" + d.status().label() + "). Rests on " + d.provision()
                            + ": ./govrules provision " + d.provision()));
            event.add(alarm);
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return out.toString();
    }
}
