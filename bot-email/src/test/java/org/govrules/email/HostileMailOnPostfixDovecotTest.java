package org.govrules.email;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The same hostile mail through Debian's Postfix and Dovecot, when {@code .ci/mail-servers} has started them. */
@EnabledIfEnvironmentVariable(named = "GOVRULES_TEST_SMTP", matches = ".+")
class HostileMailOnPostfixDovecotTest extends HostileMailContract {

    @Override
    MailServer server() {
        return PostfixDovecot.fromEnvironment();
    }
}
