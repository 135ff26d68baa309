/**
 * Wires the public page cache (public-page-cache.ts) into the production
 * server: an internal listener on the loopback interface where the cache has
 * Next render a miss, and this process's LISTEN connection, which empties the
 * cache on every committed change to a table readers see and keeps it off
 * while the connection is down. Stored reader pages go without the Next
 * runtime (reader-html.ts). ISNAD_PAGE_CACHE=off answers every request
 * through Next.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { listenForPublicChanges } from "@/lib/db/public-changes";
import { setClientAddress } from "./incoming-request";
import { createPublicPageCache } from "./public-page-cache";
import { withoutRuntime } from "./reader-html";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;
export type PublicPages = { answer: (request: IncomingMessage, response: ServerResponse) => boolean; stop: () => Promise<void> };

export async function startPublicPages(handle: Handler): Promise<PublicPages> {
  if (process.env.ISNAD_PAGE_CACHE === "off") return { answer: () => false, stop: async () => {} };
  const renderer = createServer((request, response) => {
    setClientAddress(request.headers, request.socket.remoteAddress, false);
    void handle(request, response);
  });
  await new Promise<void>((resolve) => renderer.listen(0, "127.0.0.1", resolve));
  const { port } = renderer.address() as AddressInfo;
  const cache = createPublicPageCache({
    renderOrigin: () => new URL(`http://127.0.0.1:${port}`),
    maxBytes: Number(process.env.ISNAD_PAGE_CACHE_MB ?? 128) * 1024 * 1024,
    transform: withoutRuntime,
  });
  const listener = listenForPublicChanges(process.env.DATABASE_URL!, {
    onChange: cache.invalidate,
    onListening: cache.enable,
    onLost: (error) => {
      cache.disable();
      console.error(`[page cache] off until the database is heard again: ${error.message}`);
    },
  });
  return {
    answer: cache.answer,
    stop: async () => {
      await listener.stop();
      cache.close();
      renderer.close();
      renderer.closeAllConnections();
    },
  };
}
