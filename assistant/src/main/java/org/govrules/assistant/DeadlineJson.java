package org.govrules.assistant;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govrules.Deadline;

/**
 * A deadline as the JSON object every machine-readable channel gives ({@code deadlines --json}, the HTTP API): the
 * contract's {@code body}, {@code due}, {@code what}, {@code provision}, {@code status}, then {@code key} (the
 * deadline's stable id), {@code zone} (the body's time zone) and {@code closes_at} (the instant the due day ends
 * there).
 */
public final class DeadlineJson {

    private DeadlineJson() {}

    public static Map<String, String> of(Deadline d, ZoneId zone) {
        var row = new LinkedHashMap<String, String>();
        row.put("body", d.body());
        row.put("due", d.due().toString());
        row.put("what", d.what());
        row.put("provision", d.provision());
        row.put("status", d.status().label());
        row.put("key", d.key());
        row.put("zone", zone.getId());
        row.put("closes_at", d.due().plusDays(1).atStartOfDay(zone).toInstant().toString());
        return row;
    }
}
