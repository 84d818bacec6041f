package org.govrules.assistant;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.govrules.Answer;
import org.govrules.AskContext;
import org.govrules.Reading;
import org.govrules.Body;
import org.govrules.Deadline;
import org.govrules.Event;
import org.govrules.RefusedEventException;
import org.govrules.UnknownBodyException;

/**
 * The commands every channel offers, answered in channel-neutral {@link Reply}s: {@code ask}, {@code deadlines},
 * {@code subscribe}, {@code unsubscribe}, {@code record} (admins only), {@code provision}, {@code bodies} and
 * {@code help}. A message
 * that is not a command is a question. Commands may start with "/" (Telegram) or not (e-mail subjects).
 */
public final class Commands {

    /** Longer messages are refused politely (Telegram's own limit is 4096 characters). */
    public static final int MAX_LENGTH = 4096;

    private final Assistant assistant;
    private final List<Integer> remindDays;
    private final Conversations conversations = new Conversations();

    public Commands(Assistant assistant, List<Integer> remindDays) {
        this.assistant = assistant;
        this.remindDays = List.copyOf(remindDays);
    }

    public Reply handle(Request request) {
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty()) {
            return help(request, "Send a question, or a command.");
        }
        if (text.length() > MAX_LENGTH) {
            return Reply.of(Reply.Kind.REFUSED, "That message is " + text.length() + " characters long; please ask one"
                    + " thing at a time, in at most " + MAX_LENGTH + " characters.");
        }
        String[] words = text.split("\\s+", 2);
        String command = words[0].toLowerCase(Locale.ROOT).replaceFirst("^/", "").replaceFirst("@.*$", "");
        String rest = words.length > 1 ? words[1].strip() : "";
        if (!text.startsWith("/") && !shapedAsCommand(command, rest)) {
            // "Deadlines for comments on the draft summary record?", "Help me: can INTERPOL attend?": questions that
            // begin with a command's word. Without the slash, only a message shaped as the command is one.
            command = "";
        }
        try {
            return switch (command) {
                case "ask" -> rest.isEmpty() ? help(request, "Ask a question after /ask.") : ask(request, rest);
                case "deadlines" -> deadlines(request, rest);
                case "subscribe" -> subscribe(request, rest);
                case "unsubscribe" -> unsubscribe(request, rest);
                case "record" -> record(request, rest);
                case "provision" -> provision(rest);
                case "bodies" -> Reply.of(Reply.Kind.HELP, String.join("\n", assistant.rules().bodies().stream()
                        .map(b -> b.id() + ": " + b.name()).toList()));
                case "help" -> help(request, "");
                case "start" -> help(request, "Hello. I answer questions on the governance rules of the working groups"
                        + " below, with the paragraph each answer rests on, and remind you of their deadlines.");
                default -> smallTalkOrAsk(request, text);
            };
        } catch (UnknownBodyException | RefusedEventException e) {
            return Reply.of(Reply.Kind.REFUSED, e.getMessage());
        }
    }

    /** True if the words after a command word are what that command takes (a body id, a provision id, nothing…). */
    private boolean shapedAsCommand(String command, String rest) {
        String[] args = rest.isEmpty() ? new String[0] : rest.split("\\s+");
        // A body id is one word such as wg-as (an unknown one is then refused by name, not taken for a question).
        boolean idFirst = args.length > 0 && args[0].matches("[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*");
        return switch (command) {
            case "ask" -> true;
            case "deadlines", "unsubscribe" -> args.length == 0 || args.length == 1 && idFirst;
            case "subscribe" -> args.length == 0 || idFirst && args.length <= 2 && (args.length == 1
                    || args[1].matches("[-+0-9, ]+"));
            case "provision" -> args.length == 1 && args[0].contains(":");
            case "record" -> args.length == 0 || args[0].matches("[a-z][a-z-]*") && rest.contains("=");
            case "help", "start", "bodies" -> args.length == 0;
            default -> false;
        };
    }

    private Reply smallTalkOrAsk(Request request, String text) {
        SmallTalk talk = SmallTalk.of(text);
        if (talk == null) {
            return ask(request, text);
        }
        return switch (talk) {
            case GREETING -> help(request, "Hello. I answer questions on the rules of the bodies below, citing the paragraph"
                    + " each answer rests on.");
            case THANKS -> Reply.of(Reply.Kind.HELP, "You are welcome. Ask another question whenever you need.");
            case CAPABILITIES -> help(request, "I answer questions on the rules of the bodies below (who may attend, who"
                    + " decides, what is due when), citing the paragraph each answer rests on, and remind you of"
                    + " deadlines.");
        };
    }

    private Reply ask(Request request, String question) {
        var conversation = new Conversations.Key(request.channel(), request.address());
        var context = AskContext.defaults();
        String asked = question;
        var pending = conversations.pending(conversation);
        if (pending.isPresent()) {
            // "Which body do you mean?" answered with a body's name: the pending question, asked of that body.
            Reading reply = assistant.rules().read(question, context);
            if (!reply.body().isEmpty() && reply.topic() == null && pending.get().bodies().contains(reply.body())) {
                asked = pending.get().question();
                context = context.forBody(reply.body());
            }
        }
        GivenAnswer given = assistant.ask(request.channel(), request.address(), asked, context);
        Answer answer = given.answer();
        Reading reading = given.reading();
        if (!reading.possibleBodies().isEmpty()) {
            conversations.remember(conversation, new Conversations.Pending(asked, reading.possibleBodies()));
        } else {
            conversations.forget(conversation);
        }
        return new Reply(Reply.Kind.ANSWER, answer.text(), answer, List.of(), answer.provisions());
    }

    private Reply deadlines(Request request, String rest) {
        List<String> bodies;
        if (!rest.isEmpty()) {
            bodies = List.of(assistant.rules().body(rest).id());
        } else {
            bodies = assistant.store().subscriptions().all().stream()
                    .filter(s -> s.channel().equals(request.channel()) && s.address().equals(request.address()))
                    .map(Subscription::body).distinct().toList();
            if (bodies.isEmpty()) {
                bodies = assistant.rules().bodies().stream().map(Body::id).toList();
            }
        }
        List<Deadline> deadlines = assistant.deadlines(bodies, java.util.Optional.empty());
        var text = new StringBuilder();
        if (deadlines.isEmpty()) {
            text.append("No deadlines are recorded for ").append(String.join(", ", bodies)).append('.');
        }
        deadlines.forEach(d -> text.append(d.due()).append(" (").append(d.status().label()).append(") ")
                .append(d.what()).append(" [").append(d.provision()).append("]\n"));
        return new Reply(Reply.Kind.DEADLINES, text.toString().strip(), null, deadlines, List.of());
    }

    private Reply subscribe(Request request, String rest) {
        String[] words = rest.split("\\s+");
        if (rest.isEmpty()) {
            return help(request, "Say which body: subscribe wg-as");
        }
        Body body = assistant.rules().body(words[0]);
        List<Integer> days = remindDays;
        if (words.length > 1) {
            try {
                days = Assistant.daysBefore(words[1], "'" + shorten(words[1]) + "'");
            } catch (IllegalArgumentException e) {
                return Reply.of(Reply.Kind.REFUSED, e.getMessage() + ", e.g. subscribe " + body.id() + " 7,1");
            }
        }
        assistant.store().subscriptions().subscribe(new Subscription(request.channel(), request.address(), body.id(), days));
        return Reply.of(Reply.Kind.SUBSCRIBED, "Subscribed to " + body.shortName() + ": you will be reminded "
                + days.stream().map(String::valueOf).reduce((a, b) -> a + " and " + b).orElse("") + " day(s) before"
                + " each deadline.");
    }

    private Reply unsubscribe(Request request, String rest) {
        String body = rest.isEmpty() ? null : assistant.rules().body(rest).id();
        int ended = assistant.store().subscriptions().unsubscribe(request.channel(), request.address(), body);
        return Reply.of(Reply.Kind.UNSUBSCRIBED, ended == 0 ? "You had no subscription to end."
                : "Unsubscribed" + (body == null ? " from everything." : " from " + body + "."));
    }

    private Reply record(Request request, String rest) {
        if (!request.admin()) {
            return Reply.of(Reply.Kind.REFUSED, "Only the secretariat's administrators may record events.");
        }
        String[] words = rest.split("\\s+");
        if (rest.isEmpty()) {
            return help(request, "Say what to record, e.g. record summary-record-transmitted meeting=M1");
        }
        String body = null;
        LocalDate date = null;
        var details = new HashMap<String, String>();
        var pairs = new java.util.LinkedHashMap<String, String>();
        String last = null;
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq > 0) {
                last = words[i].substring(0, eq);
                if (pairs.put(last, words[i].substring(eq + 1)) != null) {
                    return Reply.of(Reply.Kind.REFUSED, "'" + shorten(last) + "=' is given twice; give each key once.");
                }
            } else if (last != null) {
                pairs.put(last, pairs.get(last) + " " + words[i]);   // "host=Viet Nam"
            } else {
                return Reply.of(Reply.Kind.REFUSED, "'" + words[i] + "' is not KEY=VALUE, e.g. meeting=M1.");
            }
        }
        for (var pair : pairs.entrySet()) {
            switch (pair.getKey()) {
                case "body" -> body = pair.getValue();
                case "on" -> {
                    try {
                        date = LocalDate.parse(pair.getValue());
                    } catch (DateTimeParseException e) {
                        return Reply.of(Reply.Kind.REFUSED, "'" + pair.getValue() + "' is not a date; write"
                                + " on=YYYY-MM-DD.");
                    }
                }
                default -> details.put(pair.getKey(), pair.getValue());
            }
        }
        if (body == null) {
            body = assistant.rules().bodyRecording(words[0]);
        }
        LocalDate day = date != null ? date : assistant.today(body);
        Event recorded = assistant.record(new Event(body, words[0], day, details), request.channel() + ":"
                + request.address());
        return Reply.of(Reply.Kind.RECORDED, "Recorded for " + recorded.body() + ": " + recorded.type() + " on "
                + recorded.date() + " " + recorded.details());
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private Reply provision(String id) {
        return assistant.rules().provision(id.strip())
                .map(p -> new Reply(Reply.Kind.PROVISION, p.id() + " (" + p.part() + ")\n" + p.text(), null, List.of(),
                        List.of(p)))
                .orElseGet(() -> Reply.of(Reply.Kind.REFUSED, "No provision '" + id + "'. Ids look like wg-as-tor:7."));
    }

    private Reply help(Request request, String lead) {
        // Telegram shows commands with their slash (and makes them tappable); e-mail and the terminal without.
        String slash = request.channel().equals("telegram") ? "/" : "";
        var text = new StringBuilder(lead.isEmpty() ? "" : lead + "\n\n");
        text.append("Ask a question in plain English, e.g. \"Can INTERPOL attend our next meeting?\"\n")
                .append(slash).append("deadlines [body] - the deadlines of a body, or of those you follow\n")
                .append(slash).append("subscribe BODY [7,1] - reminders before each deadline\n")
                .append(slash).append("unsubscribe [BODY] - stop them\n")
                .append(slash).append("provision ID - the text of a provision, e.g. wg-as-tor:7\n")
                .append(slash).append("bodies - the bodies whose rules I know\n")
                .append(slash).append("record EVENT KEY=VALUE ... [on=YYYY-MM-DD] - record an event (administrators)\n")
                .append("Bodies: ").append(String.join(", ", assistant.rules().bodies().stream()
                        .map(b -> b.id() + " (" + b.shortName() + ")").toList()));
        return Reply.of(Reply.Kind.HELP, text.toString());
    }
}
