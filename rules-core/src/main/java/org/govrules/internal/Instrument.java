package org.govrules.internal;

import java.util.List;
import org.govrules.Provision;

/**
 * An instrument's id, title, when and where it was adopted as its record gives it ("2019-07-11, Bangkok, Thailand";
 * empty if not given), and its provisions in the order the text gives them.
 */
record Instrument(String id, String title, String adopted, List<Provision> provisions) {

    Instrument {
        provisions = List.copyOf(provisions);
    }
}
