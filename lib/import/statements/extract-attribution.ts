import type { People } from "@/lib/import/entities/extract-people";
import { readAccordingTo, readEmbeddedReport, statementVouchedFor } from "./read-report-clauses";
import type { ActorMention } from "@/lib/import/entities/read-actor";
import { readVerbStatement } from "./read-verb-statement";
import type { Sentence } from "@/lib/import/tokenize/split-sentences";
import { cleanContent, type SentenceContext, type Statement } from "./statement-context";

// Who said what, and through whom, sentence by sentence. Three readers find
// statements: verbs of saying (read-verb-statement), reports named inside
// other sentences and according-to clauses (read-report-clauses). Each
// sentence is read left to right; once a statement's words begin, later
// verbs are part of what was said, not new statements.

export function extractStatements(sentences: Sentence[], people: People): Statement[] {
  const statements: Statement[] = [];
  for (const sentence of sentences) {
    readSentence({ text: sentence.text, sentence, tokens: sentence.tokens, quotes: sentence.quotes, people, history: statements });
  }
  return statements;
}

/** Reads a sentence's statements into the history, left to right. */
function readSentence(context: SentenceContext): void {
  const { tokens, history } = context;
  const firstOfSentence = history.length;
  // From here on the tokens are what someone said, not who said it.
  let contentFrom = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.inQuote) continue;
    const embedded = readEmbeddedReport(context, i);
    if (embedded) {
      history.push(embedded.value);
      contentFrom = Math.min(contentFrom, embedded.end);
      i = embedded.end - 1;
      continue;
    }
    const according = readAccordingTo(context, i);
    if (according) {
      // Inside a statement's words, the clause names that statement's source.
      const current = i >= contentFrom && history.length > firstOfSentence ? history.at(-1) : undefined;
      if (current) {
        attachSource(current, according.value.speaker);
        dropTrailingClause(current, context.text.slice(tokens[i]!.start));
      } else {
        const vouchedFor = statementVouchedFor(context, according.value, i, according.end);
        if (vouchedFor) history.push(vouchedFor);
      }
      contentFrom = Math.min(contentFrom, according.end);
      i = according.end - 1;
      continue;
    }
    if (i >= contentFrom) continue;
    const stated = readVerbStatement(context, i);
    if (stated) {
      history.push(stated.value);
      contentFrom = stated.end;
      i = stated.end - 1;
    }
  }
}

/** "العجز تراجع، وفقا لرويترز" → "العجز تراجع": the clause says who, not what. */
function dropTrailingClause(statement: Statement, clause: string): void {
  const cleaned = cleanContent(clause);
  if (cleaned === "" || !statement.content.endsWith(cleaned) || statement.content.length === cleaned.length) return;
  statement.content = cleanContent(statement.content.slice(0, -cleaned.length));
}

/**
 * "قال الوزير إن …، وفقا لرويترز": a source named after the fact. An unnamed
 * one, or one behind an outlet, is where the words came from; otherwise it
 * is who carried them.
 */
function attachSource(statement: Statement, source: ActorMention): void {
  if ([statement.speaker, ...statement.carriers].some((actor) => actor.name === source.name)) return;
  const speakerCarries = ["agency", "outlet", "social"].includes(statement.speaker.kind);
  if (source.kind === "anonymous" || speakerCarries) {
    statement.carriers.unshift(statement.speaker);
    statement.speaker = source;
  } else {
    statement.carriers.push(source);
  }
}
