/** The pg-boss queue of the desk's email (created by migration desk_email_queue, in schema pgboss). */
export const EMAIL_QUEUE = "desk-email";

/** One message, as queued: written when the write commits, sent by the worker (email-worker.ts). */
export type EmailJob = { to: string; subject: string; text: string };
