package org.govrules.kb;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.govrules.Rulebook;

/** The knowledge base loaded once for the tests, with "today" fixed at 2026-11-23 so that answers do not drift. */
final class TestRulebook {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), ZoneOffset.UTC);
    static final Rulebook RULES = Rulebook.load(TestRulebook.class.getClassLoader(), CLOCK);

    private TestRulebook() {}
}
