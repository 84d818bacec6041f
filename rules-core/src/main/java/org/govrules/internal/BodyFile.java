package org.govrules.internal;

import java.time.LocalDate;
import java.util.List;

/** A body's data file as YAML: names, instruments, time zone, members and role holders over time. */
record BodyFile(
        String id,
        String name,
        String shortName,
        List<String> instruments,
        String timeZone,
        List<Member> members,
        List<Role> roles) {

    record Member(String state, LocalDate from, LocalDate until) {}

    record Role(String role, String holder, LocalDate from, LocalDate until) {}
}
