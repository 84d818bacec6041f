package org.govrules.email;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the bot reads of an incoming e-mail: who sent it, its Message-ID, the question (the first text part, or the
 * HTML part's text, or the subject), and what says it must not be answered (auto-replies, lists, bounces).
 * Decoding (charsets, quoted-printable, base64) is Jakarta Mail's; quoted earlier text and signatures are dropped.
 *
 * @param messageId   the Message-ID, or a stand-in made from the message's headers when it has none
 * @param from        the sender's address, lower case, or empty when it cannot be read
 * @param subject     the subject, or empty
 * @param question    the text to answer: body without quotes and signature, else the subject; at most
 *                    {@link #LIMIT} characters
 * @param automatic   why it must not be answered (an auto-reply, a list, a bounce), or empty
 * @param authResults the Authentication-Results headers, topmost (the receiving server's) first
 */
record IncomingMail(String messageId, String from, String subject, String question, String automatic,
        List<String> authResults) {

    /** Only the start of a long message is read: no real question is longer. */
    static final int LIMIT = 4096;
    /** How much of a text part is read: room for a question below a long quoted or styled block. */
    static final int READ_LIMIT = 1 << 20;
    /**
     * Where a quoted earlier message starts: "On … wrote:" (also wrapped over two lines), "Le … a écrit :", Outlook's
     * "-----Original Message-----" and its header block "From: … Sent: …", or a line of underscores above it.
     */
    private static final Pattern QUOTE_INTRO = Pattern.compile("(?i)^(on .+ wrote:|.{0,80}\\bwrote:|le .+ a écrit ?:"
            + "|-----\\s*original message\\s*-----|_{10,})$");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("(?i)^\\*?(from|von|de):\\*?\\s.+");
    private static final Pattern OUTLOOK_SENT = Pattern.compile("(?i)^\\*?(sent|gesendet|envoyé|date):\\*?\\s.+");

    /**
     * The headers {@link #read} and the reply read beyond the envelope: the bot fetches them for all waiting messages
     * at once.
     */
    static final List<String> HEADERS_READ = List.of("Authentication-Results", "Auto-Submitted", "Precedence",
            "List-Id", "References", "In-Reply-To", "Message-Id");

    static IncomingMail read(MimeMessage message, String botAddress) throws MessagingException {
        String from = "";
        try {
            Address[] froms = message.getFrom();
            if (froms != null && froms.length > 0 && froms[0] instanceof InternetAddress address) {
                from = address.getAddress().toLowerCase(Locale.ROOT);
            }
        } catch (MessagingException e) {
            from = "";
        }
        String id = message.getMessageID();
        if (id == null || id.isBlank()) {
            id = standIn(message);
        }
        String subject = message.getSubject() == null ? "" : message.getSubject().strip();
        String body;
        try {
            body = strip(text(message));
        } catch (IOException | MessagingException e) {
            body = "";
        }
        String question = body.isBlank() ? subject.replaceFirst("(?i)^(re|fwd?|aw):\\s*", "") : body;
        if (question.length() > LIMIT) {
            question = question.substring(0, LIMIT);
        }
        return new IncomingMail(id, from, subject, question.strip(), automatic(message, from, botAddress),
                headers(message, "Authentication-Results"));
    }

    /**
     * An id for a message without a Message-ID: its IMAP UID (with the mailbox's UIDVALIDITY), which no other message
     * of the mailbox shares; two such mails from one sender with one subject are two messages, both answered.
     */
    private static String standIn(MimeMessage message) throws MessagingException {
        if (message.getFolder() instanceof jakarta.mail.UIDFolder folder) {
            return "<no-id:" + folder.getUIDValidity() + "." + folder.getUID(message) + "@imap>";
        }
        try {
            var raw = new java.io.ByteArrayOutputStream();
            message.writeTo(raw);
            return "<no-id:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(raw.toByteArray())) + ">";
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new MessagingException("Cannot read a message without a Message-ID", e);
        }
    }

    /** Why a message must not be answered, or empty: the rules every auto-responder should keep (RFC 3834). */
    private static String automatic(MimeMessage message, String from, String botAddress) throws MessagingException {
        String auto = header(message, "Auto-Submitted").toLowerCase(Locale.ROOT);
        if (!auto.isEmpty() && !auto.equals("no")) {
            return "Auto-Submitted: " + auto;
        }
        String precedence = header(message, "Precedence").toLowerCase(Locale.ROOT);
        if (precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")) {
            return "Precedence: " + precedence;
        }
        if (!header(message, "List-Id").isEmpty()) {
            return "a mailing list";
        }
        if (from.isEmpty()) {
            return "no readable sender";
        }
        String local = from.substring(0, Math.max(0, from.indexOf('@')));
        if (local.equals("mailer-daemon") || local.equals("postmaster") || local.startsWith("no-reply")
                || local.startsWith("noreply")) {
            return "from " + local;
        }
        if (from.equalsIgnoreCase(botAddress)) {
            return "from the bot itself";
        }
        return "";
    }

    private static List<String> headers(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null ? List.of() : List.of(values);
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ", ");
        return value == null ? "" : value.strip();
    }

    /** The first text/plain part; failing that, the first text/html part as text. Attachments are skipped. */
    private static String text(Part part) throws MessagingException, IOException {
        String plain = find(part, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = find(part, "text/html");
        return html == null ? "" : htmlText(html);
    }

    /**
     * The words of an HTML mail, a line per block, without what it quotes (blockquotes, Gmail's and Outlook's quote
     * blocks), styles or scripts. A parser, not a regular expression: a regex over 400 KB of {@code <style>} took
     * minutes.
     */
    static String htmlText(String html) {
        var doc = org.jsoup.Jsoup.parse(html);
        doc.select("head, style, script, blockquote, .gmail_quote, #divRplyFwdMsg, #appendonsend").remove();
        doc.select("br").after("\n");
        doc.select("p, div, li, tr, h1, h2, h3, h4, table").after("\n");
        return doc.body().wholeText().replace('\u00a0', ' ');
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType(type)) {
            return head(part);
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The first {@value #READ_LIMIT} characters of a text part, in its charset. A question is far shorter; reading
     * no further keeps a mail with megabytes of text from costing its download.
     */
    private static String head(Part part) throws MessagingException, IOException {
        String charset = new ContentType(part.getContentType()).getParameter("charset");
        Charset decoding;
        try {
            decoding = charset == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(charset));
        } catch (IllegalArgumentException e) {
            decoding = StandardCharsets.ISO_8859_1;
        }
        try (var reader = new InputStreamReader(part.getInputStream(), decoding)) {
            var text = new StringBuilder();
            var buffer = new char[8192];
            for (int n; text.length() < READ_LIMIT
                    && (n = reader.read(buffer, 0, Math.min(buffer.length, READ_LIMIT - text.length()))) > 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    /** Drops quoted earlier text ("> ...", "On ... wrote:" and after) and the signature ("-- " and after). */
    static String strip(String body) {
        var kept = new StringBuilder();
        String[] lines = body.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (line.equals("-- ") || line.equals("--") || QUOTE_INTRO.matcher(trimmed).matches()
                    || OUTLOOK_FROM.matcher(trimmed).matches() && OUTLOOK_SENT.matcher(next).matches()
                    || trimmed.toLowerCase(Locale.ROOT).startsWith("on ") && next.toLowerCase(Locale.ROOT).endsWith("wrote:")) {
                break;
            }
            if (!trimmed.startsWith(">")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().strip();
    }
}
