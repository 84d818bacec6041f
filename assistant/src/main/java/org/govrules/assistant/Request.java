package org.govrules.assistant;

/**
 * A message someone sent through a channel.
 *
 * @param channel the channel ({@code telegram}, {@code email}, {@code terminal})
 * @param address who sent it, on that channel: a chat id, an e-mail address
 * @param admin   whether the sender may record events ({@code GOVRULES_ADMINS})
 * @param text    what they wrote: a command ("deadlines wg-as", "/subscribe wg-as") or a question
 */
public record Request(String channel, String address, boolean admin, String text) {}
