/**
 * What every channel shares: the {@link org.govrules.assistant.Store} (ledger, subscriptions, deliveries, inbox,
 * decision log), the {@link org.govrules.assistant.Assistant} that answers, records and reminds, and the
 * {@link org.govrules.assistant.Commands} every chat offers. Bots and the HTTP API only carry messages to and from it.
 */
package org.govrules.assistant;
