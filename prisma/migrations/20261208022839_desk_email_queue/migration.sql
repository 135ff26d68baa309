-- The desk's email (lib/notify/): a pg-boss queue beside the webhooks', so a
-- message is queued in the transaction of the write that causes it.
SELECT pgboss.create_queue('desk-email', '{"policy":"standard"}');
