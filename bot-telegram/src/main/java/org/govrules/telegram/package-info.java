/**
 * The Telegram transport: long polling with TelegramBots by one instance at a time, replies rendered as Telegram
 * HTML with buttons, reminders sent to subscribed chats. No rules and no storage of its own.
 */
package org.govrules.telegram;
