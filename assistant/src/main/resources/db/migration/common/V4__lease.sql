-- Leases: at most one holder at a time for a named job (e.g. long polling one Telegram bot token), held by renewing
-- before it expires; a holder that dies loses it when it expires, and a standby takes over.
create table lease (
  name       varchar(128) primary key,
  holder     varchar(128) not null,
  expires_at timestamp with time zone not null
);
