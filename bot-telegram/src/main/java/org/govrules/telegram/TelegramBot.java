package org.govrules.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.govrules.Answer;
import org.govrules.Provision;
import org.govrules.assistant.Commands;
import org.govrules.assistant.Inbox;
import org.govrules.assistant.Reply;
import org.govrules.assistant.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The conversation on Telegram. Any text in a private chat is a question or a command; in a group the bot answers
 * only commands, messages that mention it and replies to it. Answers lead with the verdict in words, give the reason
 * and the provision ids, and carry three buttons: Why?, Text, Deadlines. Each update is taken in once (the store's
 * inbox), so a repeated update id is not answered twice, even after a restart.
 */
final class TelegramBot {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    /** At most this many messages a minute from one person; past it, one polite reply and silence for the minute. */
    static final int PER_MINUTE = 20;

    private final Commands commands;
    private final Inbox inbox;
    private final BotApi api;
    private final Set<String> admins;
    private final String username;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {}

    TelegramBot(Commands commands, Inbox inbox, BotApi api, Set<String> admins, String username) {
        this.commands = commands;
        this.inbox = inbox;
        this.api = api;
        this.admins = Set.copyOf(admins);
        this.username = username == null ? "" : username;
    }

    /** Handles one update; never throws (a failure is logged, and the next update goes on). */
    void consume(Update update) {
        try {
            if (!inbox.claim(TelegramChannel.NAME, String.valueOf(update.getUpdateId()))) {
                LOG.debug("Update {} was taken in already", update.getUpdateId());
                return;
            }
            if (update.hasCallbackQuery()) {
                button(update.getCallbackQuery());
            } else if (update.hasMessage()) {
                message(update.getMessage());
            }
            inbox.done(TelegramChannel.NAME, String.valueOf(update.getUpdateId()));
        } catch (Exception e) {
            LOG.error("Update {} could not be handled", update.getUpdateId(), e);
        }
    }

    private void message(Message message) throws Exception {
        boolean privateChat = Boolean.TRUE.equals(message.getChat().isUserChat());
        String text = message.hasText() ? message.getText() : "";
        if (!privateChat && !isAddressedToMe(message, text)) {
            return;
        }
        if (!allowed(message.getFrom() == null ? message.getChatId() : message.getFrom().getId(), message)) {
            return;
        }
        if (!message.hasText()) {
            send(message, "I read text only. Send your question as a message, or /help.", null);
            return;
        }
        text = text.replace("@" + username, "").strip();
        String userId = message.getFrom() == null ? "" : String.valueOf(message.getFrom().getId());
        if (text.startsWith("/whoami")) {
            send(message, "Your Telegram user id is " + userId + "; this chat is " + message.getChatId() + "."
                    + (admins.contains(userId) ? " You may record events." : ""), null);
            return;
        }
        Reply reply = commands.handle(new Request(TelegramChannel.NAME, String.valueOf(message.getChatId()),
                admins.contains(userId), text));
        String body = reply.answer() == null ? "" : reply.answer().body();
        send(message, render(reply), reply.kind() == Reply.Kind.ANSWER && reply.answer().isAddressed()
                ? buttons(body) : null);
    }

    private boolean isAddressedToMe(Message message, String text) {
        if (text.startsWith("/")) {
            return !text.split("\\s", 2)[0].contains("@") || text.split("\\s", 2)[0].endsWith("@" + username);
        }
        if (!username.isEmpty() && text.contains("@" + username)) {
            return true;
        }
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && Boolean.TRUE.equals(replied.getFrom().getIsBot())
                && username.equals(replied.getFrom().getUserName());
    }

    /** A per-person rate limit: the first message over the limit gets a polite reply, later ones nothing. */
    private boolean allowed(Long who, Message message) throws Exception {
        Instant now = Instant.now();
        Window w = windows.compute(who, (k, old) -> old == null || Duration.between(old.start(), now).toSeconds() >= 60
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (w.count() <= PER_MINUTE) {
            return true;
        }
        if (w.count() == PER_MINUTE + 1) {
            send(message, "You are sending messages faster than I can answer well; please wait a minute.", null);
        }
        return false;
    }

    private void button(CallbackQuery query) throws Exception {
        api.call(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
        if (!(query.getMessage() instanceof Message answerMessage) || answerMessage.getReplyToMessage() == null
                || !answerMessage.getReplyToMessage().hasText()) {
            return;
        }
        // A press asks again: it counts against the same per-person limit as a message.
        if (!allowed(query.getFrom() == null ? answerMessage.getChatId() : query.getFrom().getId(), answerMessage)) {
            return;
        }
        String question = answerMessage.getReplyToMessage().getText().replace("@" + username, "").strip();
        var button = AnswerButtons.of(query.getData() == null ? "" : query.getData());
        if (button.isEmpty()) {
            return;
        }
        String chat = String.valueOf(answerMessage.getChatId());
        Reply asked = commands.handle(new Request(TelegramChannel.NAME, chat, false, "ask " + question));
        String html = switch (button.get()) {
            case WHY -> why(asked.answer());
            case TEXT -> texts(asked.answer());
            case DEADLINES -> render(commands.handle(new Request(TelegramChannel.NAME, chat, false,
                    "deadlines " + query.getData().substring(AnswerButtons.DEADLINES.key.length()))));
        };
        send(answerMessage, html, null);
    }

    static String render(Reply reply) {
        if (reply.kind() != Reply.Kind.ANSWER) {
            return TelegramText.escape(reply.text());
        }
        Answer a = reply.answer();
        var html = new StringBuilder("<b>").append(TelegramText.escape(lead(a.text()))).append("</b>")
                .append(TelegramText.escape(a.text().substring(lead(a.text()).length())));
        if (!a.provisions().isEmpty()) {
            html.append("\n\n").append(TelegramText.escape(String.join(", ",
                    a.provisions().stream().map(Provision::id).toList())));
        }
        return html.toString();
    }

    /** The verdict in words: the answer's first sentence. */
    private static String lead(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static String why(Answer a) {
        var html = new StringBuilder("<b>Why</b>\n");
        if (!a.conditions().isEmpty()) {
            html.append(a.verdict() != null && a.verdict().name().equals("FORBIDDEN") ? "What is missing:\n"
                    : "Conditions:\n");
            a.conditions().forEach(c -> html.append("• ").append(TelegramText.escape(c)).append('\n'));
        }
        html.append("Rules applied:\n");
        a.rules().forEach(r -> html.append("• ").append(TelegramText.escape(r.name())).append('\n'));
        return html.toString().strip();
    }

    private static String texts(Answer a) {
        var html = new StringBuilder();
        for (Provision p : a.provisions()) {
            html.append("<b>").append(TelegramText.escape(p.id())).append("</b>\n")
                    .append(TelegramText.escape(p.text())).append("\n\n");
        }
        return html.length() == 0 ? "No provision is cited." : html.toString().strip();
    }

    private static InlineKeyboardMarkup buttons(String body) {
        var row = new InlineKeyboardRow();
        for (AnswerButtons b : AnswerButtons.values()) {
            if (b != AnswerButtons.DEADLINES || !body.isEmpty()) {
                row.add(InlineKeyboardButton.builder().text(b.label).callbackData(b.data(body)).build());
            }
        }
        return InlineKeyboardMarkup.builder().keyboardRow(row).build();
    }

    /** Sends HTML as a reply to a message, cut into several messages if long; buttons go under the last one. */
    private void send(Message to, String html, InlineKeyboardMarkup markup) throws Exception {
        List<String> parts = new ArrayList<>(TelegramText.split(html));
        for (int i = 0; i < parts.size(); i++) {
            var message = SendMessage.builder().chatId(to.getChatId()).text(parts.get(i)).parseMode("HTML")
                    .replyToMessageId(to.getMessageId());
            if (i == parts.size() - 1 && markup != null) {
                message.replyMarkup(markup);
            }
            api.call(message.build());
        }
    }
}
