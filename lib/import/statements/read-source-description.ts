import { CITING_PREPOSITIONS, CITING_VERBS, COMPLEMENTIZERS, RELATIVE_PRONOUNS } from "@/lib/import/lexicon/lexicon";
import { readActor, type ActorMention } from "@/lib/import/entities/read-actor";
import type { Read } from "@/lib/import/entities/read-names";
import { resolve } from "@/lib/import/coreference/resolve-anaphor";
import type { SentenceContext } from "./statement-context";
import { isComma, isPunctuation, type Token } from "@/lib/import/tokenize/tokenize";

// A clause right after a source describes it: "صحيفة "سودان تريبيون" التي
// استندت إلى شهود عيان، أن …", "المصادر، التي طلبت عدم الكشف عن هويتها، إن …",
// "مسؤولين لم تسمهم، …". It is never part of what was said. When it names
// whom the source relied on, that is where the words came from: one more
// hop at the start of the chain.

// Such clauses are short; past this many tokens without a comma or "أن"
// the words are what was said, not a description.
const MAX_DESCRIPTION_TOKENS = 10;

/** A describing clause at token k: whom it says the source relied on (null if no one), and the token after it. */
export function readSourceDescription(context: SentenceContext, k: number): Read<ActorMention | null> | null {
  const { tokens } = context;
  const opener = tokens[k];
  if (!opener || !(RELATIVE_PRONOUNS.has(opener.lex) || opener.lex === "لم")) return null;
  const end = descriptionEnd(tokens, k);
  return end === null ? null : { value: reliedOn(context, k + 1, end), end };
}

/**
 * Past the comma that closes the clause, or at the "أن" or the sentence end
 * that follows it unpunctuated; null if neither comes soon.
 */
function descriptionEnd(tokens: Token[], k: number): number | null {
  for (let j = k + 1; j - k <= MAX_DESCRIPTION_TOKENS; j++) {
    const token = tokens[j];
    if (!token || isPunctuation(token, ".؟!")) return j;
    if (isComma(token)) return j + 1;
    if (COMPLEMENTIZERS.has(token.lex)) return j;
  }
  return null;
}

/** "استندت إلى شهود عيان", "نقلت عن مصادر أمنية": whom the clause says the source relied on. */
function reliedOn(context: SentenceContext, from: number, to: number): ActorMention | null {
  const { tokens, text, people, history } = context;
  for (let j = from; j + 2 < to; j++) {
    if (!CITING_VERBS.has(tokens[j]!.lex) || !CITING_PREPOSITIONS.has(tokens[j + 1]!.lex)) continue;
    // Only what lies inside the clause can be read as the one relied on.
    const found = readActor(text, tokens.slice(j + 2, to), 0, people);
    return found ? (resolve(found.value, history)?.actor ?? null) : null;
  }
  return null;
}
