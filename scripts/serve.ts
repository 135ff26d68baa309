/**
 * The production HTTP server, run by `npm start` (scripts/start.ts) in place
 * of `next start`: Next's own request handler behind a plain Node server that
 * first settles the client's address and refuses malformed paths
 * (lib/http/incoming-request.ts) and server-action posts Next could only
 * answer with a 500 (lib/http/server-action-guard.ts). Each request gets an
 * id its log lines carry (lib/runtime/log.ts); while the database is known to
 * be down, what needs it gets a 503 with Retry-After here (lib/http/outage-answer.ts).
 * Public pages are answered from the page cache (lib/http/public-pages.ts).
 */
import { createServer } from "node:http";
import next from "next";
import { MALFORMED_PATH_PAGE, assignRequestId, isWellFormedPath, setClientAddress, writeOwnAnswer } from "@/lib/http/incoming-request";
import { answerDuringOutage, quietOutageErrors } from "@/lib/http/outage-answer";
import { startPublicPages } from "@/lib/http/public-pages";
import { actionRefusalPage, isPagePost, screenPagePost } from "@/lib/http/server-action-guard";
import { inRequest } from "@/lib/runtime/log";
import { startWebhookWorker } from "@/lib/webhooks/worker";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const trustProxy = process.env.ISNAD_TRUST_PROXY === "1";

const app = next({ dev: false, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();
const publicPages = await startPublicPages(handle);

// Next logs each failed render's stack; an outage is logged once instead (lib/db/database-outage.ts).
quietOutageErrors(console);

const server = createServer((request, response) =>
  inRequest(assignRequestId(request.headers, response), () => {
    if (!isWellFormedPath(request.url)) return writeOwnAnswer(response, 400, MALFORMED_PATH_PAGE);
    setClientAddress(request.headers, request.socket.remoteAddress, trustProxy);
    if (answerDuringOutage(request.url, request.headers, response)) return;
    if (publicPages.answer(request, response)) return;
    if (!isPagePost(request.method, request.url)) return void handle(request, response);
    // A server action: refused here (403, 413, 400) what Next would answer with a 500.
    screenPagePost(request).then(
      (screened) => ("refusal" in screened ? writeOwnAnswer(response, screened.refusal.status, actionRefusalPage(screened.refusal)) : handle(screened.request, response)),
      () => request.destroy(), // the client went away mid-body
    );
  }),
);
server.listen(port, host, () => console.log(`▲ Next.js production server on http://${host}:${port}`));
// Sends queued webhook deliveries from this process; any number of instances may (lib/webhooks/worker.ts).
const webhooks = process.env.ISNAD_WEBHOOK_WORKER === "off" ? null : await startWebhookWorker();

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void Promise.allSettled([app.close(), webhooks?.stop(), publicPages.stop()]).finally(() => process.exit(0));
  });
}
