package org.govrules.email;

import java.net.URI;

/**
 * Postfix and Dovecot started by {@code .ci/mail-servers}: the servers named by GOVRULES_TEST_SMTP and
 * GOVRULES_TEST_IMAP (host:port). Every address of the test domains has a mailbox from its first delivery.
 */
record PostfixDovecot(String host, int smtpPort, int imapPort) implements MailServer {

    static PostfixDovecot fromEnvironment() {
        URI smtp = URI.create("smtp://" + System.getenv("GOVRULES_TEST_SMTP"));
        URI imap = URI.create("imap://" + System.getenv("GOVRULES_TEST_IMAP"));
        return new PostfixDovecot(smtp.getHost(), smtp.getPort(), imap.getPort());
    }

    @Override
    public void open(String address) {
        // Dovecot creates the mailbox on first login or delivery.
    }
}
