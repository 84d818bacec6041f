package org.govrules.internal;

import java.util.List;
import java.util.Map;
import org.govrules.Body;
import org.govrules.EventType;
import org.govrules.review.Scenario;
import org.govrules.internal.parse.SilenceFile;
import org.govrules.internal.parse.VocabularyFile;

/**
 * One body's folder of knowledge, read: its data, instrument texts, vocabulary, the matters its texts are silent on,
 * events, scenario tables and the
 * provisions it leaves without rules. Its rules are the DRL packages under the same folder.
 *
 * @param folder the folder under {@code org/govrules/kb/}, also the first segment of its DRL packages
 */
record Bundle(
        String folder,
        Body body,
        List<Instrument> instruments,
        VocabularyFile vocabulary,
        SilenceFile silence,
        Map<String, DeclaredEvent> events,
        List<Scenario> scenarios,
        Map<String, String> reasonsWithoutRules,
        List<String> scope) {

    /**
     * True if the provision is one of those stating what the body does (its purpose, scope, forms of activity), or
     * under one of them: a permission question that matches one closely is within the body's stated scope.
     */
    boolean inScope(String provisionId) {
        return scope.stream().anyMatch(s -> provisionId.equals(s) || provisionId.startsWith(s)
                && !Character.isDigit(provisionId.charAt(s.length())));
    }

    /** An event type with what the ledger must hold for it. */
    record DeclaredEvent(EventType type, EventsFile.Entry entry) {}
}
