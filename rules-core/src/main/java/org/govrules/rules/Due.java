package org.govrules.rules;

import java.time.LocalDate;
import org.govrules.DeadlineStatus;

/**
 * A deadline as a rule concludes it. The engine adds the body and, from the rule that inserted it, the provision.
 *
 * @param key    a stable id, unique within the body (e.g. {@code summary-record-comments:M1})
 * @param due    the last day
 * @param what   what is due, in words
 * @param status where it stands on the date asked
 */
public record Due(String key, LocalDate due, String what, DeadlineStatus status) {}
