package org.govrules.benchmarks;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.govrules.Event;
import org.govrules.Rulebook;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Commands;
import org.govrules.assistant.Store;
import org.govrules.assistant.Subscription;
import org.govrules.email.EmailService;
import org.govrules.email.EmailSettings;

/**
 * 10,000 reminder e-mails (5,000 subscribers, reminded 7 and 1 days before a deadline) through the real path:
 * planned by db-scheduler on an H2 file, claimed and logged, sent by the e-mail channel with a calendar attachment to
 * a local SMTP server (GreenMail). Prints the time from the start of the reminders to the last one sent, and the heap.
 */
public final class EmailLoad {

    private EmailLoad() {}

    public static void main(String[] args) throws Exception {
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        var smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        var imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
        imap.start();
        imap.setUser("bot@govrules.test", "bot", "secret");
        var dir = Files.createTempDirectory("govrules-email-load");
        Rulebook rules = Rulebook.load(EmailLoad.class.getClassLoader(), Clock.systemUTC());
        try (Store store = Store.open("jdbc:h2:file:" + dir.resolve("db") + System.getProperty("govrules.bench.h2", ""))) {
            ZoneId jakarta = ZoneId.of("Asia/Jakarta");
            var assistant = Assistant.open(rules, store, Clock.fixed(LocalDate.parse("2026-03-02").atTime(10, 0)
                    .atZone(jakarta).toInstant(), jakarta));
            assistant.record(new Event("wg-as", "meeting-scheduled", LocalDate.parse("2026-02-01"),
                    Map.of("meeting", "M1", "date", "2026-02-20")), "bench");
            assistant.record(new Event("wg-as", "meeting-held", LocalDate.parse("2026-02-20"), Map.of("meeting", "M1")),
                    "bench");
            for (int i = 0; i < subscribers; i++) {
                store.subscriptions().subscribe(new Subscription("email", "fp" + i + "@example.org", "wg-as",
                        List.of(7, 1)));
            }
            // The transmission is recorded last, so that every reminder is planned at once when the reminders start.
            assistant.record(new Event("wg-as", "summary-record-transmitted", LocalDate.parse("2026-03-02"),
                    Map.of("meeting", "M1")), "bench");
            var settings = EmailSettings.from(Map.of(
                    "MAIL_IMAP_URL", "imap://bot:secret@127.0.0.1:" + imap.getImap().getPort(),
                    "MAIL_SMTP_URL", "smtp://127.0.0.1:" + smtp.getSmtp().getPort(),
                    "MAIL_FROM", "bot@govrules.test"));
            int expected = subscribers * 2;
            try (var email = EmailService.start(settings, assistant, new Commands(assistant, List.of(7, 1)),
                    Duration.ofHours(1), Duration.ofMinutes(5))) {
                long start = System.nanoTime();
                try (var reminders = assistant.startReminders(List.of(email.channel()), LocalTime.of(9, 0),
                        Duration.ofMillis(200), Duration.ofSeconds(5))) {
                    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                    while (smtp.getReceivedMessages().length < expected && System.nanoTime() < deadline) {
                        Thread.sleep(200);
                    }
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("e-mail: %,d reminder e-mails (with calendar attachments) delivered in %.1f s%n",
                        smtp.getReceivedMessages().length, ms / 1000.0);
            }
        } finally {
            smtp.stop();
            imap.stop();
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("heap: %d MB peak (sum of pool peaks)%n", peak >> 20);
        System.exit(0);
    }
}
