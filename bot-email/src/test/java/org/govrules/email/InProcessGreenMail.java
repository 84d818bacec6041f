package org.govrules.email;

import com.icegreen.greenmail.base.GreenMailOperations;

/** GreenMail, in this JVM: a mailbox is made on first use, with the address as its login. */
record InProcessGreenMail(GreenMailOperations greenMail) implements MailServer {

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    @Override
    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    @Override
    public void open(String address) {
        if (greenMail.getUserManager().getUserByEmail(address) == null) {
            greenMail.setUser(address, address, PASSWORD);
        }
    }
}
