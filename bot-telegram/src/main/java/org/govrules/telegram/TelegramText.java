package org.govrules.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Telegram's HTML parse mode, safely: every piece of user or data text is escaped, and long replies are cut into
 * messages of at most 4096 characters at paragraph boundaries (then line, then word boundaries).
 */
final class TelegramText {

    /** Telegram's limit on a message's text. */
    static final int LIMIT = 4096;

    private TelegramText() {}

    /** Escapes the three characters Telegram's HTML mode gives meaning to. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Cuts HTML text into messages within the limit, never inside a paragraph when a paragraph fits. */
    static List<String> split(String html) {
        var messages = new ArrayList<String>();
        var current = new StringBuilder();
        for (String paragraph : html.split("\n\n")) {
            for (String piece : fit(paragraph)) {
                if (current.length() > 0 && current.length() + 2 + piece.length() > LIMIT) {
                    messages.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append("\n\n");
                }
                current.append(piece);
            }
        }
        if (current.length() > 0) {
            messages.add(current.toString());
        }
        return messages;
    }

    /** A paragraph longer than the limit, cut at line breaks, then spaces, then anywhere; never inside an entity. */
    private static List<String> fit(String paragraph) {
        var pieces = new ArrayList<String>();
        String rest = paragraph;
        while (rest.length() > LIMIT) {
            int cut = rest.lastIndexOf('\n', LIMIT);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', LIMIT);
            }
            if (cut <= 0) {
                cut = LIMIT;
            }
            int amp = rest.lastIndexOf('&', cut);
            if (amp > 0 && rest.indexOf(';', amp) >= cut) {
                cut = amp;
            }
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }
}
