import pg from "pg";

/** The channel the content tables' statement triggers notify on (migration public_change_notify). */
export const PUBLIC_CHANGE_CHANNEL = "isnad_public_change";

export type PublicChangeListener = { stop: () => Promise<void> };

type Handlers = {
  /** A table readers see was written by a transaction that committed (the payload is its name). */
  onChange: (table: string) => void;
  /** Listening: from now on every committed change is heard. Also after a reconnect, when changes may have been missed. */
  onListening: () => void;
  /** The connection is gone: changes may go unheard until onListening again. */
  onLost: (error: Error) => void;
};

/**
 * One LISTEN connection for this process, kept open: it reconnects after a
 * failure (every second at first, up to every 30 s), calling onLost at once
 * and onListening when it hears again. Notifications come only from
 * committed transactions, so what a reader could be shown after onChange is
 * what the database now holds.
 */
export function listenForPublicChanges(connectionString: string, handlers: Handlers): PublicChangeListener {
  let stopped = false;
  let client: pg.Client | null = null;
  let retryDelay = 1_000;
  let retryTimer: NodeJS.Timeout | null = null;

  const lost = (error: Error) => {
    if (stopped || !client) return;
    const gone = client;
    client = null;
    gone.removeAllListeners();
    gone.on("error", () => {});
    void gone.end().catch(() => {});
    handlers.onLost(error);
    retryTimer = setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30_000);
  };

  const connect = async () => {
    retryTimer = null;
    if (stopped) return;
    const candidate = new pg.Client({ connectionString, keepAlive: true, application_name: "isnad public-change listener" });
    client = candidate;
    candidate.on("error", lost);
    candidate.on("end", () => lost(new Error("the LISTEN connection closed")));
    candidate.on("notification", (message) => {
      if (message.channel === PUBLIC_CHANGE_CHANNEL) handlers.onChange(message.payload ?? "");
    });
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}`);
    } catch (error) {
      if (client === candidate) lost(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (stopped || client !== candidate) return;
    retryDelay = 1_000;
    handlers.onListening();
  };

  void connect();
  return {
    stop: async () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      const open = client;
      client = null;
      open?.removeAllListeners();
      open?.on("error", () => {});
      await open?.end().catch(() => {});
    },
  };
}
