package org.govrules.app;

import java.time.Clock;
import java.util.function.Supplier;
import org.govrules.Rulebook;

/** Loads the rulebook on first use, so that {@code --help} and usage errors answer without loading the rules. */
final class LazyRulebook implements Supplier<Rulebook> {

    private Rulebook rulebook;

    @Override
    public synchronized Rulebook get() {
        if (rulebook == null) {
            rulebook = Rulebook.load(Govrules.class.getClassLoader(), Clock.systemUTC());
        }
        return rulebook;
    }
}
