package org.govrules;

import java.util.Locale;

/** Where a deadline stands on the date asked. */
public enum DeadlineStatus {
    /** Still running. */
    OPEN,
    /** What it asked for happened in time. */
    MET,
    /** It passed without what it asked for. */
    MISSED,
    /** It ran out and that settled the matter, e.g. the summary record approved by silence. */
    LAPSED;

    /** {@return the status in lower case, as the command line and JSON write it} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
