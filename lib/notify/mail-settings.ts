/**
 * Where the desk's email goes out, from the environment (README's settings):
 * ISNAD_SMTP_URL, an smtp:// or smtps:// address with any credentials in it
 * (smtps://user:password@mail.example:465), and ISNAD_MAIL_FROM, the sender.
 * Without ISNAD_SMTP_URL no email is queued: the inbox is the only notice.
 */
export function mailSettings(): { url: string; from: string } | null {
  const url = process.env.ISNAD_SMTP_URL?.trim();
  if (!url) return null;
  return { url, from: process.env.ISNAD_MAIL_FROM?.trim() || "Isnad <isnad@localhost>" };
}
