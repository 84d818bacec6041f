package org.govrules.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.govrules.Body;
import org.govrules.Membership;
import org.govrules.rules.Members;

/**
 * A body's members as the rules see them, worked out once for each period in which they do not change: every
 * question reads them, and its date falls in one of a handful of periods.
 */
final class MemberTimeline {

    /** The members from each date on which they may change, until the next. */
    private final TreeMap<LocalDate, Members> periods = new TreeMap<>();

    MemberTimeline(Body body, UnaryOperator<String> stateName) {
        var changes = new TreeSet<LocalDate>();
        changes.add(LocalDate.MIN);
        for (Membership m : body.members()) {
            changes.add(m.from());
            if (m.until() != null && m.until().isBefore(LocalDate.MAX)) {
                changes.add(m.until().plusDays(1));   // a member on its last day, not the day after
            }
        }
        for (LocalDate day : changes) {
            var states = body.membersOn(day);
            periods.put(day, new Members(states, states.stream().map(stateName).toList()));
        }
    }

    Members on(LocalDate day) {
        Map.Entry<LocalDate, Members> period = periods.floorEntry(day);
        return period.getValue();
    }
}
