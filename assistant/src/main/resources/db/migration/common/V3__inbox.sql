-- Messages already taken in by a channel (a Telegram update id, an e-mail Message-ID): each is handled once, whatever
-- the restarts and instances.
create table inbox (
  channel     varchar(32)  not null,
  message_id  varchar(512) not null,
  received_at timestamp with time zone not null,
  primary key (channel, message_id)
);
