package org.govrules.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import org.govrules.Provision;
import org.govrules.assistant.Reply;

/** A reply as e-mail: plain text with an HTML alternative; an answer lists each cited provision with its text. */
final class MailText {

    private MailText() {}

    static String plain(Reply reply) {
        var text = new StringBuilder(reply.text()).append("\n");
        for (Provision p : reply.kind() == Reply.Kind.ANSWER ? reply.provisions() : java.util.List.<Provision>of()) {
            text.append("\n").append(p.id()).append(" (").append(p.part()).append(")\n").append(p.text()).append("\n");
        }
        return text.append("\n-- \ngovrules: reply \"help\" for the commands.\n").toString();
    }

    static String html(Reply reply) {
        var html = new StringBuilder("<html><body><p>").append(escape(reply.text()).replace("\n", "<br>"))
                .append("</p>");
        for (Provision p : reply.kind() == Reply.Kind.ANSWER ? reply.provisions() : java.util.List.<Provision>of()) {
            html.append("<p><b>").append(escape(p.id())).append("</b> (").append(escape(p.part())).append(")</p>")
                    .append("<blockquote>").append(escape(p.text()).replace("\n", "<br>")).append("</blockquote>");
        }
        return html.append("</body></html>").toString();
    }

    static MimeMultipart alternative(String plain, String html) throws MessagingException {
        var alternative = new MimeMultipart("alternative");
        var text = new MimeBodyPart();
        text.setText(plain, "UTF-8");
        var rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        alternative.addBodyPart(text);
        alternative.addBodyPart(rich);
        return alternative;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
