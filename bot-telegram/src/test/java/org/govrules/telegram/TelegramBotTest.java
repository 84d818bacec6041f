package org.govrules.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.govrules.Rulebook;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Commands;
import org.govrules.assistant.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted conversations: the real TelegramBots client against a local server speaking the Bot API. */
class TelegramBotTest {

    static final Rulebook RULES = Rulebook.load(TelegramBotTest.class.getClassLoader(), Clock.systemUTC());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ADMIN = 7001;
    private static final long OFFICIAL = 7002;

    @TempDir
    Path dir;

    private FakeBotApi api;
    private Store store;
    private TelegramService service;
    private final AtomicInteger updateIds = new AtomicInteger(1);
    private final AtomicInteger messageIds = new AtomicInteger(1);

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        store = Store.open("jdbc:h2:file:" + dir.resolve("db"));
        Clock clock = Clock.fixed(LocalDate.parse("2026-03-02").atTime(10, 0).atZone(ZoneId.of("Asia/Jakarta"))
                .toInstant(), ZoneId.of("Asia/Jakarta"));
        var assistant = Assistant.open(RULES, store, clock);
        var settings = TelegramSettings.from(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "TELEGRAM_API_URL", api.url().toString(), "GOVRULES_ADMINS", String.valueOf(ADMIN)));
        service = TelegramService.start(settings, assistant, new Commands(assistant, List.of(7, 1)),
                Duration.ofSeconds(1), Duration.ofMillis(50));
    }

    @AfterEach
    void stop() throws Exception {
        service.close();
        store.close();
        api.close();
    }

    ObjectNode message(long chat, String chatType, long from, String text) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateIds.getAndIncrement());
        ObjectNode message = update.putObject("message").put("message_id", messageIds.getAndIncrement()).put("date", 1772416800);
        message.putObject("chat").put("id", chat).put("type", chatType);
        message.putObject("from").put("id", from).put("is_bot", false).put("first_name", "Official");
        if (text != null) {
            message.put("text", text);
        }
        return update;
    }

    private List<JsonNode> ask(long chat, String text, int replies) throws InterruptedException {
        int before = api.sentTo(chat).size();
        api.push(message(chat, "private", OFFICIAL, text));
        await(() -> api.sentTo(chat).size() >= before + replies);
        return api.sentTo(chat).subList(before, api.sentTo(chat).size());
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no reply within 20 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void updates_are_confirmed_so_each_is_answered_once_and_polling_waits() throws Exception {
        ask(20, "Who chairs the annual WG on AS meeting?", 1);
        ask(20, "Can INTERPOL attend our next meeting?", 1);
        int lastId = updateIds.get() - 1;
        await(() -> api.offsets.contains((long) lastId + 1));
        int calls = api.offsets.size();
        Thread.sleep(1500);
        // With nothing new, each getUpdates waits out its timeout (1 s here): a spinning poller makes hundreds.
        assertThat(api.offsets.size() - calls).isLessThanOrEqualTo(3);
        assertThat(api.sentTo(20)).hasSize(2);
    }

    @Test
    void a_question_gets_the_verdict_in_words_the_provision_and_three_buttons() throws Exception {
        JsonNode reply = ask(1, "Can a Resource Panel member be admitted if 9 of 10 member states agree?", 1).get(0);
        assertThat(reply.path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(reply.path("text").asText()).startsWith("<b>No.</b> Resource Panel status must be agreed to by all")
                .contains("wg-as-tor:7");
        JsonNode keyboard = reply.path("reply_markup").path("inline_keyboard").get(0);
        assertThat(keyboard).hasSize(3);
        for (JsonNode button : keyboard) {
            assertThat(button.path("callback_data").asText().getBytes(StandardCharsets.UTF_8).length).isLessThan(64);
        }
        assertThat(keyboard.get(0).path("text").asText()).isEqualTo("Why?");
        assertThat(keyboard.get(2).path("callback_data").asText()).isEqualTo("deadlines:wg-as");
    }

    @Test
    void each_verdict_reads_right() throws Exception {
        assertThat(ask(2, "Can INTERPOL attend our next meeting?", 1).get(0).path("text").asText()).startsWith("<b>Only if");
        assertThat(ask(2, "Can Viet Nam attend the WG on AS meeting?", 1).get(0).path("text").asText()).startsWith("<b>Yes.");
        assertThat(ask(2, "Must the WG on AS be convened every year?", 1).get(0).path("text").asText())
                .startsWith("<b>Yes, it is required.");
        assertThat(ask(2, "Who chairs the annual WG on AS meeting?", 1).get(0).path("text").asText())
                .contains("Voluntary Lead Shepherd").contains("wg-as-tor:5");
    }

    @Test
    void the_buttons_give_why_the_text_and_the_deadlines() throws Exception {
        long chat = 3;
        api.push(message(chat, "private", OFFICIAL, "Can INTERPOL attend if Cambodia objects?"));
        await(() -> api.sentTo(chat).size() >= 1);
        for (String data : List.of("why", "text", "deadlines:wg-as")) {
            int before = api.sentTo(chat).size();
            api.push(press(chat, OFFICIAL, data, "Can INTERPOL attend if Cambodia objects?"));
            await(() -> api.sentTo(chat).size() > before);
        }
        var replies = api.sentTo(chat);
        assertThat(replies.get(1).path("text").asText()).contains("What is missing").contains("wg-as-tor:7 an objection");
        assertThat(replies.get(2).path("text").asText()).contains("<b>wg-as-tor:7</b>")
                .contains("must be agreed to by all the ASEAN Member States");
        assertThat(replies.get(3).path("text").asText()).contains("The WG on AS is convened in 2026");
        assertThat(api.calls).contains("answercallbackquery");
    }

    /** A press of one of the buttons under the answer to {@code question}. */
    private JsonNode press(long chat, long from, String data, String question) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateIds.getAndIncrement());
        ObjectNode query = update.putObject("callback_query").put("id", "q" + update.path("update_id").asText())
                .put("data", data).put("chat_instance", "ci");
        query.putObject("from").put("id", from).put("is_bot", false).put("first_name", "Official");
        ObjectNode answer = query.putObject("message").put("message_id", 5000).put("date", 1772416800);
        answer.putObject("chat").put("id", chat).put("type", "private");
        answer.putObject("reply_to_message").put("message_id", 1).put("date", 1772416800).put("text", question)
                .putObject("chat").put("id", chat).put("type", "private");
        return update;
    }

    @Test
    void button_presses_count_against_the_same_limit_as_messages() throws Exception {
        for (int i = 0; i < TelegramBot.PER_MINUTE + 10; i++) {
            api.push(press(12, 777, "why", "Can INTERPOL attend our next meeting?"));
        }
        await(() -> api.sentTo(12).size() >= TelegramBot.PER_MINUTE + 1);
        Thread.sleep(1000);
        assertThat(api.sentTo(12)).hasSize(TelegramBot.PER_MINUTE + 1);
        assertThat(api.sentTo(12)).anySatisfy(m -> assertThat(m.path("text").asText()).contains("wait a minute"));
    }

    @Test
    void the_commands_answer() throws Exception {
        assertThat(ask(4, "/start", 1).get(0).path("text").asText()).contains("subscribe BODY");
        assertThat(ask(4, "/bodies", 1).get(0).path("text").asText()).contains("msg-npc-network");
        assertThat(ask(4, "/subscribe wg-as", 1).get(0).path("text").asText()).contains("Subscribed to WG on AS");
        assertThat(store.subscriptions().all()).singleElement()
                .satisfies(s -> assertThat(s.address()).isEqualTo("4"));
        assertThat(ask(4, "/deadlines wg-as", 1).get(0).path("text").asText()).contains("wg-as-tor:5");
        assertThat(ask(4, "/provision wg-as-tor:10", 1).get(0).path("text").asText()).contains("within one week");
        assertThat(ask(4, "/unsubscribe", 1).get(0).path("text").asText()).contains("Unsubscribed");
        assertThat(ask(4, "/whoami", 1).get(0).path("text").asText()).contains(String.valueOf(OFFICIAL));
        assertThat(ask(4, "/ask Who chairs the annual meeting?", 1).get(0).path("text").asText())
                .contains("Voluntary Lead Shepherd");
        assertThat(api.calls).contains("setmycommands");
    }

    @Test
    void only_an_admin_may_record() throws Exception {
        api.push(message(5, "private", OFFICIAL, "/record meeting-scheduled meeting=M1 date=2026-05-01"));
        await(() -> api.sentTo(5).size() >= 1);
        assertThat(api.sentTo(5).get(0).path("text").asText()).contains("Only the secretariat");
        assertThat(store.ledger().events("wg-as").events()).isEmpty();
        api.push(message(5, "private", ADMIN, "/record meeting-scheduled meeting=M1 date=2026-05-01 host=Viet Nam"));
        await(() -> api.sentTo(5).size() >= 2);
        assertThat(api.sentTo(5).get(1).path("text").asText()).contains("Recorded for wg-as");
        assertThat(store.ledger().events("wg-as").events()).hasSize(1);
    }

    @Test
    void in_a_group_the_bot_answers_commands_mentions_and_replies_only() throws Exception {
        long group = -100;
        api.push(message(group, "supergroup", OFFICIAL, "Can INTERPOL attend our next meeting?"));
        api.push(message(group, "supergroup", OFFICIAL, "/help@someotherbot"));
        api.push(message(group, "supergroup", OFFICIAL, "@" + FakeBotApi.USERNAME + " Can INTERPOL attend our next meeting?"));
        await(() -> api.sentTo(group).size() >= 1);
        api.push(message(group, "supergroup", OFFICIAL, "/help@" + FakeBotApi.USERNAME));
        await(() -> api.sentTo(group).size() >= 2);
        ObjectNode reply = message(group, "supergroup", OFFICIAL, "Who chairs the annual WG on AS meeting?");
        ((ObjectNode) reply.path("message")).putObject("reply_to_message").put("message_id", 9).put("date", 1772416800)
                .put("text", "earlier answer").putObject("from").put("id", 42).put("is_bot", true)
                .put("first_name", "govrules").put("username", FakeBotApi.USERNAME);
        ((ObjectNode) reply.path("message").path("reply_to_message")).putObject("chat").put("id", group)
                .put("type", "supergroup");
        api.push(reply);
        // One chat's updates are handled in order: once the last is answered, the ignored ones were handled too.
        await(() -> api.sentTo(group).size() >= 3);
        var texts = api.sentTo(group).stream().map(m -> m.path("text").asText()).toList();
        assertThat(texts).hasSize(3);
        assertThat(texts.get(0)).startsWith("<b>Only if");
        assertThat(texts.get(1)).contains("subscribe BODY");
        assertThat(texts.get(2)).contains("Voluntary Lead Shepherd");
    }

    @Tag("fault")
    @Test
    void a_repeated_update_is_answered_once() throws Exception {
        ObjectNode update = message(6, "private", OFFICIAL, "Who chairs the annual WG on AS meeting?");
        api.push(update);
        api.push(update.deepCopy());
        // A later message of the same chat is handled after the repeat: its answer shows the repeat was dealt with.
        api.push(message(6, "private", OFFICIAL, "How often does the WG on AS meet?"));
        await(() -> api.sentTo(6).size() >= 2);
        assertThat(api.sentTo(6)).hasSize(2);
        assertThat(api.sentTo(6).get(1).path("text").asText()).containsIgnoringCase("year");
    }

    @Tag("fault")
    @Test
    void a_429_is_waited_out_and_5xx_and_dropped_connections_are_retried() throws Exception {
        api.fail("sendMessage", new FakeBotApi.Failure(429, 1, 0, false));
        long start = System.nanoTime();
        assertThat(ask(7, "Who chairs the annual WG on AS meeting?", 1)).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        api.fail("sendMessage", new FakeBotApi.Failure(500, null, 0, false));
        api.fail("sendMessage", new FakeBotApi.Failure(502, null, 0, false));
        assertThat(ask(7, "How often does the WG on AS meet?", 1)).hasSize(1);
        api.fail("sendMessage", new FakeBotApi.Failure(200, null, 0, true));
        assertThat(ask(7, "Who pays for travel and accommodation?", 1).get(0).path("text").asText())
                .contains("wg-as-tor:8");
        api.fail("sendMessage", new FakeBotApi.Failure(200, null, 3000, false));
        assertThat(ask(7, "Who provides secretariat support for the meetings?", 1)).as("a slow server").hasSize(1);
        api.fail("getUpdates", new FakeBotApi.Failure(500, null, 0, false));
        api.fail("getUpdates", new FakeBotApi.Failure(200, null, 0, true));
        assertThat(ask(7, "Who prepares the summary record?", 1)).hasSize(1);
    }

    @Tag("fault")
    @Test
    void hostile_and_odd_messages_are_harmless() throws Exception {
        String markup = ask(8, "Can <b>INTERPOL</b> & </a> attend our meeting?", 1).get(0).path("text").asText();
        assertThat(markup).doesNotContain("<b>INTERPOL</b>").doesNotContain("</a>");
        assertThat(ask(8, "x".repeat(4000), 1).get(0).path("text").asText()).contains("could not tell");
        assertThat(ask(8, "\u05E9\u05DC\u05D5\u05DD \uD83D\uDE00 Can INTERPOL attend our meeting? \uD83C\uDDFB\uD83C\uDDF3", 1)
                .get(0).path("text").asText()).startsWith("<b>Only if");
        ObjectNode sticker = message(8, "private", OFFICIAL, null);
        ((ObjectNode) sticker.path("message")).putObject("sticker").put("file_id", "s").put("file_unique_id", "u")
                .put("type", "regular").put("width", 1).put("height", 1).put("is_animated", false)
                .put("is_video", false);
        int before = api.sentTo(8).size();
        api.push(sticker);
        await(() -> api.sentTo(8).size() > before);
        assertThat(api.sentTo(8).get(before).path("text").asText()).contains("I read text only");
        ObjectNode photo = message(8, "private", OFFICIAL, null);
        ((ObjectNode) photo.path("message")).putArray("photo").addObject().put("file_id", "p")
                .put("file_unique_id", "u").put("width", 1).put("height", 1);
        api.push(photo);
        await(() -> api.sentTo(8).size() > before + 1);
        assertThat(api.sentTo(8).get(before + 1).path("text").asText()).contains("I read text only");
        assertThat(ask(8, "   ", 1).get(0).path("text").asText()).contains("Send a question");
    }

    @Test
    void a_reminder_reaches_a_subscribed_chat_and_a_chat_that_blocked_the_bot_is_unsubscribed() throws Exception {
        var assistant = Assistant.open(RULES, store, Clock.fixed(LocalDate.parse("2026-03-02").atTime(10, 0)
                .atZone(ZoneId.of("Asia/Jakarta")).toInstant(), ZoneId.of("Asia/Jakarta")));
        assistant.record(new org.govrules.Event("wg-as", "meeting-scheduled", LocalDate.parse("2026-02-01"),
                Map.of("meeting", "M1", "date", "2026-02-20")), "test");
        assistant.record(new org.govrules.Event("wg-as", "meeting-held", LocalDate.parse("2026-02-20"),
                Map.of("meeting", "M1")), "test");
        assistant.record(new org.govrules.Event("wg-as", "summary-record-transmitted", LocalDate.parse("2026-03-02"),
                Map.of("meeting", "M1")), "test");
        store.subscriptions().subscribe(new org.govrules.assistant.Subscription("telegram", "11", "wg-as", List.of(1)));
        store.subscriptions().subscribe(new org.govrules.assistant.Subscription("telegram", "12", "wg-as", List.of(7)));
        api.fail("sendMessage", new FakeBotApi.Failure(403, null, 0, false));
        try (var reminders = assistant.startReminders(List.of(service.channel()), java.time.LocalTime.of(9, 0),
                Duration.ofMillis(100), Duration.ofMillis(100))) {
            await(() -> store.subscriptions().all().size() == 1 && api.sent.size() == 1);
        }
        JsonNode reminder = api.sent.get(0);
        assertThat(reminder.path("text").asText()).contains("Reminder").contains("summary record of M1")
                .contains("wg-as-tor:10");
    }

    @Tag("fault")
    @Test
    void a_second_instance_waits_as_a_standby_and_takes_over_when_the_first_stops() throws Exception {
        await(service::isPolling);
        var assistant = Assistant.open(RULES, store, Clock.systemUTC());
        var settings = TelegramSettings.from(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "TELEGRAM_API_URL", api.url().toString()));
        try (var standby = TelegramService.start(settings, assistant, new Commands(assistant, List.of(7, 1)),
                Duration.ofSeconds(1), Duration.ofMillis(50))) {
            Thread.sleep(1500);
            assertThat(standby.isPolling()).isFalse();
            service.close();
            await(standby::isPolling);
            assertThat(ask(13, "Who chairs the annual WG on AS meeting?", 1).get(0).path("text").asText())
                    .contains("Voluntary Lead Shepherd");
            assertThat(standby.sinceLastPoll()).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void a_flood_from_one_person_gets_one_polite_reply() throws Exception {
        for (int i = 0; i < TelegramBot.PER_MINUTE + 5; i++) {
            api.push(message(9, "private", OFFICIAL, "/bodies"));
        }
        await(() -> api.sentTo(9).size() >= TelegramBot.PER_MINUTE + 1);
        Thread.sleep(1000);
        assertThat(api.sentTo(9)).hasSize(TelegramBot.PER_MINUTE + 1);
        assertThat(api.sentTo(9).get(TelegramBot.PER_MINUTE).path("text").asText()).contains("wait a minute");
    }
}
