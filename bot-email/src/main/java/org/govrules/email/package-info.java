/**
 * The e-mail transport: the mailbox read over IMAP, answers sent over SMTP in the same thread, reminders with a
 * calendar entry, recording only from authenticated administrators. No rules and no storage of its own.
 */
package org.govrules.email;
