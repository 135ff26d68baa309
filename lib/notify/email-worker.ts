import nodemailer from "nodemailer";
import PgBoss from "pg-boss";
import { EMAIL_QUEUE, type EmailJob } from "./email-queue";
import { mailSettings } from "./mail-settings";

export type EmailWorker = { stop: () => Promise<void> };

/**
 * Sends the desk's queued email through nodemailer while SMTP is configured
 * (mail-settings.ts); null when it is not. pg-boss hands each message to one
 * instance and retries a failed send with backoff, for about an hour.
 */
export async function startEmailWorker(options: { connectionString?: string; pollingIntervalSeconds?: number } = {}): Promise<EmailWorker | null> {
  const settings = mailSettings();
  if (!settings) return null;
  const transport = nodemailer.createTransport(settings.url);
  const boss = new PgBoss({
    connectionString: options.connectionString ?? process.env.DATABASE_URL,
    max: 2,
    application_name: "isnad-email",
    schedule: false,
  });
  boss.on("error", (error) => console.error("email:", error.message));
  await boss.start();
  await boss.updateQueue(EMAIL_QUEUE, { name: EMAIL_QUEUE, retryLimit: 8, retryDelay: 15, retryBackoff: true, expireInSeconds: 120 });
  await boss.work<EmailJob>(EMAIL_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async (jobs) => {
    for (const job of jobs) await transport.sendMail({ from: settings.from, ...job.data });
  });
  return {
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 10_000 });
      transport.close();
    },
  };
}
