package org.govrules.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A body's {@code body.yaml}: names, instruments, time zone, members over time (listed, or taken from a group of
 * {@code common/groups.yaml} named by {@code membersOf}) and role holders over time.
 */
record BodyFile(
        String id,
        String name,
        String shortName,
        List<String> instruments,
        String timeZone,
        String membersOf,
        List<Member> members,
        List<Role> roles,
        List<String> scope) {

    record Member(String state, LocalDate from, LocalDate until) {}

    record Role(String role, String holder, LocalDate from, LocalDate until) {}
}
