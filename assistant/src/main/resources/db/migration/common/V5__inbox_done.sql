-- A message is claimed, then marked done once handled; a claim left unfinished by a crashed process can be taken up
-- again after a while, so that a restart neither loses nor repeats a reply.
alter table inbox add column done_at timestamp with time zone;
