import type { MessageKey } from "./messages";

/**
 * The strings a client component needs, picked on the server (pickMessages)
 * so the browser receives only those, already in the reader's language.
 */
export type ClientMessages = Partial<Record<MessageKey, string>>;

/** A translate function over picked messages, for client components. */
export function clientTranslator(messages: ClientMessages) {
  return (key: MessageKey, params: Record<string, string | number> = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
