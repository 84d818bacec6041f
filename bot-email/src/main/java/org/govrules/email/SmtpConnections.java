package org.govrules.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Open SMTP connections, reused from one message to the next: a connection's handshake (EHLO, STARTTLS, AUTH) costs
 * far more than a message, so reminders in bulk would otherwise spend their time greeting the server. A connection
 * the server has dropped is discarded and the message sent on a new one.
 */
final class SmtpConnections implements AutoCloseable {

    private final Session session;
    private final URI smtp;
    private final ConcurrentLinkedQueue<Transport> idle = new ConcurrentLinkedQueue<>();

    SmtpConnections(Session session, URI smtp) {
        this.session = session;
        this.smtp = smtp;
    }

    void send(MimeMessage message) throws MessagingException {
        Transport transport = idle.poll();
        if (transport != null) {
            try {
                transport.sendMessage(message, message.getAllRecipients());
                idle.add(transport);
                return;
            } catch (MessagingException e) {
                closeQuietly(transport);   // dropped or timed out while idle: try once on a new connection
            }
        }
        transport = session.getTransport(smtp.getScheme());
        transport.connect(smtp.getHost(), smtp.getPort(), EmailSettings.user(smtp), EmailSettings.password(smtp));
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            closeQuietly(transport);
            throw e;
        }
        idle.add(transport);
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // Already broken; nothing more to do.
        }
    }

    @Override
    public void close() {
        Transport t;
        while ((t = idle.poll()) != null) {
            closeQuietly(t);
        }
    }
}
