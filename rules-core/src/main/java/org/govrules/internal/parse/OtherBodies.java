package org.govrules.internal.parse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govrules.Party;

/**
 * Bodies and instruments the knowledge base does not hold, recognised by how a question speaks of them rather than
 * from a list: a name governs the question ("under the UN Firearms Protocol", "the ACWC ToR", "does the OSCE FSC
 * decide", "join ASEANAPOL") and is an acronym the vocabulary does not know, a name ending in what only a body or
 * treaty is called ("… Committee", "… Arrangement"), or, for joining, an organisation that is not a body held;
 * another body's own rules ("SOMTC's own rules of procedure"); a treaty the question opens with as its heading.
 * Names of held bodies and of the parties the vocabulary knows are never taken for another body.
 */
final class OtherBodies {

    /** Capitalised words, with the small words that join the parts of an official name. */
    private static final String NAME =
            "(\\p{Lu}[\\p{L}\\p{N}'-]*(?:\\s+(?:(?:of|on|for|in|and|the)\\s+)?\\p{Lu}[\\p{L}\\p{N}'-]*)*)";
    private static final List<Pattern> GOVERNING = List.of(
            Pattern.compile("\\b(?i:under|according to|pursuant to)\\s+(?:the\\s+)?" + NAME),
            Pattern.compile(NAME + "(?:'s)?\\s+(?i:tor|terms of reference|rules of procedure|rules|plenary|statute"
                    + "|charter|constitution|members|member states|membership|decides?|decided|ratifications?)\\b"),
            Pattern.compile("\\b(?i:does|do|did|will|would)\\s+(?:the\\s+)?" + NAME
                    + "\\s+(?i:need|needs|require|requires|oblige|obliges|say|provide|allow|permit|decide|enter)\\b"),
            Pattern.compile("\\b(?i:tor|terms of reference|rules of procedure|statute|charter|constitution|members"
                    + "|membership|chair|chairs|secretariat)\\s+of\\s+(?:the\\s+)?" + NAME));
    /** Another body's own instrument: "SOMTC's own rules of procedure", "Interpol General Assembly resolutions". */
    private static final Pattern INSTRUMENT_OF = Pattern.compile(NAME + "(?:'s)?\\s+(?i:own\\s+)?(?i:conference\\s+"
            + "|meeting\\s+)?(?i:rules of procedure|rules|statute|regulations|resolutions?|by-?laws|constitution"
            + "|charter)\\b");
    /** A name the question opens with, as a heading: "PIF Boe Declaration - does it oblige …?". */
    private static final Pattern HEADING = Pattern.compile("^\\s*" + NAME + "(?:\\s+\\d{4})?\\s*[-–—:]");
    /** Words a name may open with only because they open the sentence ("Under", "Are"). */
    private static final Set<String> OPENERS = Set.of("under", "according", "pursuant", "how", "what", "who", "when",
            "why", "which", "where", "whether");
    private static final Pattern JOINING = Pattern.compile(
            "\\b(?i:join|joins|joined|joining|accede to|full member of|membership of)\\s+(?:the\\s+)?" + NAME);
    /** Attending another body's meeting: "attend the UN Firearms Protocol working group in Vienna". */
    private static final Pattern ATTENDING = Pattern.compile("\\b(?i:attend|attends|attending|take part in"
            + "|participate in|sit in|join)\\s+(?:the\\s+)?(?:next\\s+)?" + NAME
            + "\\s+((?i:working group|wg|meeting|meetings|mtg|conference|session|sessions|plenary|committee))\\b");
    /** A heading's body spoken of as "its": "Europol - what are its rules for admitting new members?". */
    private static final Pattern ITS_OWN = Pattern.compile("\\b(?i:its|their)\\s+(?:own\\s+)?(?i:rules|tor"
            + "|terms of reference|statute|charter|constitution|members|membership|procedures?|decisions?)\\b");
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}[\\p{Lu}\\p{N}]*s?\\b");
    private static final Set<String> HEAD_NOUNS = Set.of("committee", "council", "commission", "arrangement",
            "protocol", "convention", "treaty", "conference", "assembly", "organisation", "organization", "agency",
            "community", "union", "alliance", "initiative", "partnership", "declaration", "charter", "forum");
    private static final Set<String> TREATY_NOUNS = Set.of("convention", "treaty", "protocol", "declaration",
            "charter");

    private final Lexicon lexicon;

    OtherBodies(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The first name in the question, as written, that governs it and is not a body held, if any. */
    Optional<String> named(String question) {
        for (Pattern frame : GOVERNING) {
            Matcher m = frame.matcher(question);
            while (m.find()) {
                String name = m.group(1);
                if (!held(name) && (unknownAcronym(name) || bodyLike(name))) {
                    return Optional.of(name);
                }
            }
        }
        Matcher instrument = INSTRUMENT_OF.matcher(question);
        while (instrument.find()) {
            String name = withoutOpeners(instrument.group(1));
            if (!name.isEmpty() && !held(name)) {
                return Optional.of(name);
            }
        }
        String headed = withoutReply(question);
        Matcher heading = HEADING.matcher(headed);
        if (heading.find()) {
            String name = withoutOpeners(heading.group(1));
            boolean itsOwn = ITS_OWN.matcher(headed.substring(heading.end())).find();
            // One word opens many a message ("Hi - …"): it is a body only when spoken of as one ("its rules").
            boolean otherLike = unknownAcronym(name) || bodyLike(name) || treaty(name)
                    || itsOwn && (organisation(name) || unknownWords(name));
            if (!name.isEmpty() && !held(name) && otherLike && (itsOwn || name.contains(" "))) {
                return Optional.of(name);
            }
        }
        Matcher attending = ATTENDING.matcher(question);
        while (attending.find()) {
            String name = attending.group(1);
            if (!held(name) && (unknownAcronym(name) || bodyLike(name) || treaty(name) || organisation(name))) {
                return Optional.of(name + " " + attending.group(2));
            }
        }
        Matcher joining = JOINING.matcher(question);
        while (joining.find()) {
            String name = joining.group(1);
            if (!held(name) && (unknownAcronym(name) || bodyLike(name) || organisation(name))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The question without an e-mail's "Re:" or "Fwd:" before its heading. */
    private static String withoutReply(String question) {
        return question.replaceFirst("^\\s*(?i:(?:re|fw|fwd)\\s*:\\s*)+", "");
    }

    private List<String> stems(String name) {
        return Words.phrase(name, lexicon.stopwords);
    }

    /**
     * A held body's name anywhere in the name, unless an acronym the vocabulary does not know qualifies it ("APEC
     * Counter-Terrorism WG" is not the WG held), or the name of a state, role or group of states.
     */
    private boolean held(String name) {
        List<String> stems = stems(name);
        return lexicon.bodyNames.stream().anyMatch(b -> b.find(stems, 0) >= 0) && !unknownAcronym(name)
                || lexicon.parties.stream().anyMatch(p -> p.meaning().kind() != Party.Kind.ORGANISATION
                        && p.stems().equals(stems));
    }

    private boolean unknownAcronym(String name) {
        Matcher m = ACRONYM.matcher(name);
        while (m.find()) {
            String stem = Words.stem(m.group().toLowerCase(Locale.ROOT));
            if (!lexicon.knows(stem)) {
                return true;
            }
        }
        return false;
    }

    /** A name none of whose words the vocabulary knows: "Europol". */
    private boolean unknownWords(String name) {
        return stems(name).stream().noneMatch(lexicon::knows);
    }

    private boolean bodyLike(String name) {
        List<String> stems = stems(name);
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        return HEAD_NOUNS.contains(words[words.length - 1])
                && lexicon.parties.stream().noneMatch(p -> p.stems().equals(stems));
    }

    /** A name with a treaty's head noun inside it: "Budapest Convention on Cybercrime". */
    private static boolean treaty(String name) {
        return java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(TREATY_NOUNS::contains);
    }

    /**
     * The name without the sentence's first words that are not part of it ("Are Europol" is "Europol"), nor a
     * possessive ("Interpol's").
     */
    private String withoutOpeners(String name) {
        String[] words = name.split("\\s+");
        int first = 0;
        while (first < words.length) {
            String word = words[first].toLowerCase(Locale.ROOT);
            if (!OPENERS.contains(word) && !lexicon.stopwords.contains(Words.stem(word))) {
                break;
            }
            first++;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(first, words.length)).replaceFirst("'s$", "");
    }

    private boolean organisation(String name) {
        List<String> stems = stems(name);
        return lexicon.parties.stream().anyMatch(p -> p.meaning().kind() == Party.Kind.ORGANISATION
                && p.stems().equals(stems));
    }
}
