package org.govrules.internal;

import java.util.List;
import org.govrules.Provision;

/** An instrument's id, title and provisions in the order the text gives them. */
record Instrument(String id, String title, List<Provision> provisions) {

    Instrument {
        provisions = List.copyOf(provisions);
    }
}
