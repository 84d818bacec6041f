/**
 * The {@code ./govrules} command line (picocli): ask, provision, record, deadlines, chat, serve, log, review, test,
 * coverage. Its output formats are the contract documented in the README.
 */
package org.govrules.app;
