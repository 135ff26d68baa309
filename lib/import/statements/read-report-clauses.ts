import {
  ACCORDING_TO,
  RELATIVE_PRONOUNS,
  COMPLEMENTIZERS,
  EMBEDDED_REPORT_VERBS,
  REPORTING_VERBS,
  REPORT_DOCUMENTS,
  RUMOUR_NOUNS,
  RUMOUR_VERBS,
  STATEMENT_PRONOUNS,
  TOPIC_PREPOSITIONS,
  hasWord,
  lexiconForm,
  withoutConjunction,
} from "@/lib/import/lexicon/lexicon";
import { readActor, readActorAfterPreposition, readQuotedOutlet, type ActorMention } from "@/lib/import/entities/read-actor";
import type { Read } from "@/lib/import/entities/read-names";
import { resolve } from "@/lib/import/coreference/resolve-anaphor";
import { readSourceDescription } from "./read-source-description";
import {
  cleanContent,
  firstQuoteBetween,
  skipOpeners,
  type SentenceContext,
  type Statement,
} from "./statement-context";
import { isComma, type Token } from "@/lib/import/tokenize/tokenize";

// Reports named without a verb of saying of their own: inside another
// sentence ("نفى الكرملين تقريرا لوكالة بلومبرج أفاد بأن …", "نفت الوزارة ما
// تداولته مواقع التواصل بشأن …") or in a clause ("وفقا لـ…", "بحسب …").

/**
 * Reports named inside a sentence about something else:
 * "تقريرا لوكالة بلومبرج أفاد بأن …" and "ما تداولته مواقع التواصل بشأن …".
 */
export function readEmbeddedReport(context: SentenceContext, i: number): Read<Statement> | null {
  const found = readReportDocument(context, i) ?? readWhatWasReported(context, i) ?? readRumour(context, i);
  const contentToken = found ? context.tokens[found.contentIndex] : undefined;
  if (!found || !contentToken || found.outlet.anaphor !== null) return null;
  const content = cleanContent(context.text.slice(contentToken.start));
  if (content === "") return null;
  return {
    value: {
      verb: "report",
      speaker: found.source ?? found.outlet,
      carriers: found.source ? [found.outlet] : [],
      content,
      quote: firstQuoteBetween(context, contentToken.start, context.text.length),
      sentence: context.sentence,
      dateSpan: "",
      continuation: false,
    },
    end: found.contentIndex,
  };
}

/** A report named inside another sentence: who published it, their source if named, and where its content starts. */
interface EmbeddedReport {
  outlet: ActorMention;
  source: ActorMention | null;
  contentIndex: number;
}

/** "تقريرا لوكالة بلومبرج أفاد بأن …", "تقرير بلومبرج الذي قال إن …". */
function readReportDocument(context: SentenceContext, i: number): EmbeddedReport | null {
  const { tokens, text, people } = context;
  if (!REPORT_DOCUMENTS.has(withoutConjunction(tokens[i]!.lex))) return null;
  const outlet = readActorAfterPreposition(text, tokens, i + 1, people) ?? readActor(text, tokens, i + 1, people);
  if (!outlet) return null;
  let k = outlet.end;
  if (RELATIVE_PRONOUNS.has(tokens[k]?.lex ?? "")) k++;
  if (!hasWord(REPORTING_VERBS, tokens[k]?.lex ?? "") || !COMPLEMENTIZERS.has(tokens[k + 1]?.lex ?? "")) return null;
  return { outlet: outlet.value, source: null, contentIndex: k + 2 };
}

/** "ما تداولته مواقع التواصل بشأن …", "ما نقلته رويترز عن مصادر مطلعة من أن …". */
function readWhatWasReported(context: SentenceContext, i: number): EmbeddedReport | null {
  const { tokens, text, people } = context;
  if (tokens[i]!.lex !== "ما" || !EMBEDDED_REPORT_VERBS.has(tokens[i + 1]?.lex ?? "")) return null;
  const outlet = readActor(text, tokens, i + 2, people);
  if (!outlet) return null;
  let k = outlet.end;
  const source = tokens[k]?.lex === "عن" ? readActor(text, tokens, k + 1, people) : null;
  const named = source?.value.kind === "anonymous" ? source : null;
  if (named) k = named.end;
  if (!TOPIC_PREPOSITIONS.has(tokens[k]?.lex ?? "")) return null;
  const contentIndex = k + (COMPLEMENTIZERS.has(tokens[k + 1]?.lex ?? "") ? 2 : 1);
  return { outlet: outlet.value, source: named?.value ?? null, contentIndex };
}

/** Whoever first said what a sentence only says "was rumoured": a source for the editor to name. */
export const UNNAMED_ORIGIN: ActorMention = { name: "مصدر غير مسمى", kind: "anonymous", person: null, anaphor: null };

/** "ما تردد من أنباء حول …", "ما أشيع عن …", "ما يتردد من أن …": a report with no one named behind it. */
function readRumour(context: SentenceContext, i: number): EmbeddedReport | null {
  const { tokens } = context;
  if (tokens[i]!.lex !== "ما" || !RUMOUR_VERBS.has(tokens[i + 1]?.lex ?? "")) return null;
  let k = i + 2;
  if (tokens[k]?.lex === "من" && RUMOUR_NOUNS.has(tokens[k + 1]?.lex ?? "")) k += 2;
  if (!TOPIC_PREPOSITIONS.has(tokens[k]?.lex ?? "")) return null;
  const contentIndex = k + (COMPLEMENTIZERS.has(tokens[k + 1]?.lex ?? "") ? 2 : 1);
  return { outlet: UNNAMED_ORIGIN, source: null, contentIndex };
}

/** Who an according-to clause names: the source, and the outlet it came through ("بحسب ما نقلته رويترز عن مصادر"). */
interface NamedSource {
  speaker: ActorMention;
  carriers: ActorMention[];
  continuation: boolean;
}

/**
 * "وفقا لصحيفة «الأخبار» اللبنانية، تتجه …", "… بحسب ما نقلته رويترز عن مصادر":
 * the clause names the source of the rest of the sentence.
 */
export function readAccordingTo(context: SentenceContext, i: number): Read<NamedSource> | null {
  const { tokens, text, people, history } = context;
  const written = tokens[i]!.lex;
  // "ووفقا" carries a conjunction; "وفقا" only looks like it does.
  const lex = ACCORDING_TO.has(written) ? written : withoutConjunction(written);
  if (!ACCORDING_TO.has(lex)) return null;
  let j = i + 1;
  if (lex === lexiconForm("نقلا")) {
    if (tokens[j]?.lex !== "عن") return null;
    j++;
  }
  // "وفقا لـ" takes its ل as a word of its own or glued to the name ("وفقا لرويترز").
  const takesLam = lex === lexiconForm("وفقا") || lex === lexiconForm("طبقا");
  const separateLam = tokens[j]?.lex === "ل";
  if (separateLam) j++;
  // "وفقا لما ذكرته وكالة رويترز", "بحسب ما أفادت به": the name follows the verb, with no ل of its own.
  const whatWasReported = ["ما", "لما"].includes(tokens[j]?.lex ?? "");
  if (whatWasReported) j += isReportingWord(tokens[j + 1]) ? 2 : 1;
  if (whatWasReported && STATEMENT_PRONOUNS.has(tokens[j]?.lex ?? "")) j++;
  const glued = takesLam && !separateLam && !whatWasReported;
  // "…، بحسب ما نقلته عن مصادر دبلوماسية": the verb's pronoun is the outlet already named; only its source is new.
  if (whatWasReported && tokens[j]?.lex === "عن") return readUnnamedOutletsSource(context, j + 1);
  const source = glued ? readActorAfterPreposition(text, tokens, j, people) : readNamedSource(context, j);
  const resolved = source ? resolve(source.value, history) : null;
  if (!source || !resolved || isCommonNoun(resolved.actor)) return null;
  const ownSource = tokens[source.end]?.lex === "عن" ? readActor(text, tokens, source.end + 1, people) : null;
  if (ownSource && ownSource.value.anaphor === null) {
    return { value: { speaker: ownSource.value, carriers: [resolved.actor], continuation: false }, end: ownSource.end };
  }
  // "وفقا لصحيفة X التي استندت إلى شهود عيان، فإن …": the clause describes the source; whom it relied on said it first.
  const description = readSourceDescription(context, isComma(tokens[source.end]) ? source.end + 1 : source.end);
  if (description?.value) {
    return { value: { speaker: description.value, carriers: [resolved.actor], continuation: false }, end: description.end };
  }
  return { value: { speaker: resolved.actor, carriers: [], continuation: resolved.continuation }, end: description?.end ?? source.end };
}

function readUnnamedOutletsSource(context: SentenceContext, i: number): Read<NamedSource> | null {
  const source = readActor(context.text, context.tokens, i, context.people);
  if (!source || source.value.anaphor !== null) return null;
  return { value: { speaker: source.value, carriers: [], continuation: false }, end: source.end };
}

/** The statement an according-to clause vouches for, or null if the sentence holds nothing else. */
export function statementVouchedFor(context: SentenceContext, source: NamedSource, clauseStart: number, clauseEnd: number): Statement | null {
  const { from, to } = clauseContent(context, clauseStart, clauseEnd);
  const content = cleanContent(context.text.slice(from, to));
  if (content === "") return null;
  return {
    verb: "report",
    ...source,
    content,
    quote: firstQuoteBetween(context, from, to),
    sentence: context.sentence,
    dateSpan: "",
  };
}

/** Who an according-to clause names after its ل or its verb: an actor, or a name in quotation marks ("وفقا لـ«رويترز»"). */
function readNamedSource(context: SentenceContext, j: number): Read<ActorMention> | null {
  return readActor(context.text, context.tokens, j, context.people) ?? readQuotedOutlet(context.tokens, j);
}

/** "ذكرت" or "ذكرته" in "بحسب ما ذكرت(ه) …". */
function isReportingWord(token: Token | undefined): boolean {
  return token !== undefined && (EMBEDDED_REPORT_VERBS.has(token.lex) || hasWord(REPORTING_VERBS, token.lex));
}

/** "حسب الخطة", "وفقا للقانون": a single definite word of no known kind is a thing, not a source. */
function isCommonNoun(actor: ActorMention): boolean {
  return actor.kind === "other" && actor.person === null && /^ال\S+$/u.test(lexiconForm(actor.name));
}

/** Where the text an according-to clause vouches for lies: after it when it opens the sentence, else before it. */
function clauseContent(context: SentenceContext, clauseStart: number, clauseEnd: number): { from: number; to: number } {
  const { tokens, text } = context;
  const opensSentence = skipOpeners(tokens, 0) >= clauseStart;
  if (!opensSentence) return { from: 0, to: tokens[clauseStart]!.start };
  let k = clauseEnd;
  while (tokens[k] && (isComma(tokens[k]) || ["فان", "ان"].includes(tokens[k]!.lex))) k++;
  return { from: tokens[k]?.start ?? text.length, to: text.length };
}
