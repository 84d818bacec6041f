package org.govrules.assistant;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Messages that are not questions about the rules: a greeting, thanks, "what can you do?". Answered as a person
 * would, instead of "I could not tell what this question asks".
 */
enum SmallTalk {
    GREETING("(hi|hello|hey|hallo|good (morning|afternoon|evening|day)|greetings|dear (all|colleagues?|sir|madam)"
            + "|salam|selamat pagi|xin chào|sawasdee)( there| all| bot)?"),
    THANKS("(many thanks|thanks?|thank you|thx|ty|ok(ay)?|great|noted|perfect|understood|got it|cheers)"
            + "( (thanks?|thank you))?( (very|so) much| a lot)?( for (the|your) (help|answer|reply))?"),
    CAPABILITIES("(what (can|do) you (do|know|answer)|who are you|what are you|how (does|do) (this|it|you) work"
            + "|how (do|can) i (use|ask)( (this|you|it))?|what (should|can) i ask( you)?|menu|commands)");

    private final Pattern pattern;

    SmallTalk(String words) {
        // The words alone, with punctuation, emoji and a "please" around them.
        this.pattern = Pattern.compile("(?:please\\s*)?(?:" + words + ")(?:\\s*please)?[\\s\\p{P}\\p{So}]*");
    }

    /** Which kind of small talk the message is, or null for anything else (a question, a command). */
    static SmallTalk of(String text) {
        String words = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (SmallTalk kind : values()) {
            if (kind.pattern.matcher(words).matches()) {
                return kind;
            }
        }
        return null;
    }
}
