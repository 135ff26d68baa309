import type { People } from "./extract-people";
import { findQuotes, type QuoteSpan } from "./extract-quotes";
import { guessSourceKind } from "./guess-source-kind";
import { CLAUSE_OPENERS } from "./lexicon";
import type { ActorMention, AnaphorKind } from "./read-actor";
import type { Sentence } from "./split-sentences";
import { QUOTE_MARKS, type Token } from "./tokenize";

// What the statement readers share: the statement they produce, the sentence
// they read it from, and how an actor that only points back ("الوكالة") is
// resolved against what was said before.

export type StatementVerb = "report" | "deny" | "affirm";

/**
 * Who said what, and through whom: "ونقلت بلومبرج عن شخصين مقربين من
 * الكرملين أن …" is said by the two people and carried by Bloomberg.
 */
export interface Statement {
  verb: StatementVerb;
  /** Who said it: the origin of the words. */
  speaker: ActorMention;
  /** Who relayed it within the article, innermost first (بلومبرج for the two people close to the Kremlin). */
  carriers: ActorMention[];
  /** What was said, from the sentence. */
  content: string;
  /** The first quotation in what was said. */
  quote: string | null;
  sentence: Sentence;
  /** The words between the verb and what was said, where "اليوم الجمعة" or "مساء أمس" say when. */
  dateSpan: string;
  /** The speaker was only referred to ("الوكالة", "وأضاف"): this continues an earlier statement. */
  continuation: boolean;
}

export interface SentenceContext {
  text: string;
  sentence: Sentence;
  tokens: Token[];
  quotes: QuoteSpan[];
  people: People;
  /** Every statement before the one being read, this sentence's included. */
  history: Statement[];
}

/** An actor as meant, with whether it only pointed back to an earlier one. */
export interface Subject {
  actor: ActorMention;
  continuation: boolean;
}

// "لكن"، "من جهتها،" — a few words at most before a subject that precedes its verb.
const MAX_OPENER_TOKENS = 4;
// "الوكالة" and "المصادر" point at an actor of the last few statements, not of the whole article.
const ANAPHOR_LOOKBACK = 20;

/**
 * An actor as meant: "الوكالة" becomes the agency named before it. With
 * nothing to point at, "الوزارة" stands for itself; "البيان" stands for no one.
 */
export function resolve(actor: ActorMention, history: Statement[]): Subject | null {
  if (actor.anaphor === null) return { actor, continuation: false };
  const referent = resolveAnaphor(actor.anaphor, history);
  if (referent) return { actor: referent, continuation: true };
  return actor.anaphor === "document" ? null : { actor: { ...actor, anaphor: null }, continuation: false };
}

function resolveAnaphor(kind: AnaphorKind, history: Statement[]): ActorMention | null {
  for (let s = history.length - 1; s >= Math.max(0, history.length - ANAPHOR_LOOKBACK); s--) {
    const statement = history[s]!;
    if (kind === "document") return statement.speaker;
    for (const candidate of [statement.speaker, ...statement.carriers]) {
      if (candidate.kind === kind) return candidate;
      const affiliation = candidate.person?.affiliation;
      if (kind === "government" && affiliation && guessSourceKind(affiliation) === "government") {
        return { name: affiliation, kind: "government", person: null, anaphor: null };
      }
    }
  }
  return null;
}

/** Skips what may open a sentence before its subject: "لكن"، "من جهتها،". */
export function skipOpeners(tokens: Token[], from: number): number {
  let start = from;
  while (start - from < MAX_OPENER_TOKENS && tokens[start] && (!tokens[start]!.isWord || CLAUSE_OPENERS.has(tokens[start]!.lex))) start++;
  return start;
}

export function firstQuoteBetween(context: SentenceContext, from: number, to: number): string | null {
  return context.quotes.find((quote) => quote.start >= from && quote.end <= to)?.text ?? null;
}

/** Trims the punctuation a cut leaves at either end: "، إن …." → "إن …". */
export function cleanContent(text: string): string {
  const trimmed = text.replace(/^[\s،,:\-–—]+/u, "").replace(/[\s،,.:\-–—]+$/u, "").replace(/\s+و$/u, "").trim();
  return withoutStrayQuoteMarks(trimmed);
}

/** Drops a quotation mark left open at either end: "“لا، هذا تقرير خاطئ" → "لا، هذا تقرير خاطئ". */
function withoutStrayQuoteMarks(text: string): string {
  const quotes = findQuotes(text);
  const stray = (index: number) =>
    QUOTE_MARKS.includes(text[index] ?? "") && !quotes.some((quote) => quote.start === index || quote.end - 1 === index);
  const start = stray(0) ? 1 : 0;
  const end = text.length > start && stray(text.length - 1) ? text.length - 1 : text.length;
  return text.slice(start, end).trim();
}
