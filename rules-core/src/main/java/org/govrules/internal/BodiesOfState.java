package org.govrules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.govrules.Body;

/**
 * The bodies each state belongs to, so that a question naming only states can be placed: a body's recorded members;
 * for a state no body records as a member, the bodies whose texts name it ("the Republic of Korea coordinates
 * Activity 4" places a question about the RoK with the Bali Process).
 */
final class BodiesOfState {

    private BodiesOfState() {}

    static Map<String, Set<String>> of(Knowledge knowledge) {
        var bodies = new HashMap<String, Set<String>>();
        for (Body body : knowledge.bodyList()) {
            body.members().forEach(m -> bodies.computeIfAbsent(m.state(), k -> new TreeSet<>()).add(body.id()));
        }
        var texts = new HashMap<String, String>();
        for (Body body : knowledge.bodyList()) {
            var text = new StringBuilder();
            knowledge.bundle(body.id()).instruments().forEach(i -> i.provisions().forEach(p -> text.append(p.text())
                    .append('\n')));
            texts.put(body.id(), text.toString());
        }
        for (var file : knowledge.vocabulary()) {
            for (var state : file.states() == null ? List.<org.govrules.internal.parse.VocabularyFile.StateEntry>of()
                    : file.states()) {
                if (bodies.containsKey(state.code())) {
                    continue;
                }
                var names = new ArrayList<String>(List.of(state.name()));
                if (state.aliases() != null) {
                    names.addAll(state.aliases());
                }
                Pattern named = Pattern.compile("\\b(?:" + String.join("|", names.stream().map(Pattern::quote).toList())
                        + ")\\b", Pattern.CASE_INSENSITIVE);
                texts.forEach((body, text) -> {
                    if (named.matcher(text).find()) {
                        bodies.computeIfAbsent(state.code(), k -> new TreeSet<>()).add(body);
                    }
                });
            }
        }
        return bodies;
    }
}
