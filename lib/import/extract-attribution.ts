import type { People } from "./extract-people";
import { findQuotes, type QuoteSpan } from "./extract-quotes";
import { guessSourceKind } from "./guess-source-kind";
import {
  ACCORDING_TO,
  ADDRESSEES,
  AFFIRMING_VERBS,
  CLAUSE_OPENERS,
  COMPLEMENTIZERS,
  DENIAL_VERBS,
  EMBEDDED_REPORT_VERBS,
  REPORTING_VERBS,
  REPORT_DOCUMENTS,
  SAYING_NOUNS,
  SETTING_TAIL,
  SPEAKING_PARTICIPLES,
  STATEMENT_SETTINGS,
  TIME_WORDS,
  TOPIC_PREPOSITIONS,
  hasWord,
  lexiconForm,
  withoutConjunction,
} from "./lexicon";
import { readActor, readActorAfterPreposition, type ActorMention, type AnaphorKind } from "./read-actor";
import { isComma, isOrganizationWord, type Read } from "./read-names";
import type { Sentence } from "./split-sentences";
import { QUOTE_MARKS, isPunctuation, type Token } from "./tokenize";

// Who said what, and through whom. A statement is a verb of saying with its
// speaker and what they said: "ونقلت بلومبرج عن شخصين مقربين من الكرملين أن …"
// is said by the two people and carried by Bloomberg. Reports are also named
// inside other sentences ("نفى الكرملين تقريرا لوكالة بلومبرج أفاد بأن …",
// "نفت الوزارة ما تداولته مواقع التواصل بشأن …") and in clauses ("وفقا لـ…").

export type StatementVerb = "report" | "deny" | "affirm";

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

interface SentenceContext {
  text: string;
  sentence: Sentence;
  tokens: Token[];
  quotes: QuoteSpan[];
  people: People;
  /** Every statement before the one being read, this sentence's included. */
  history: Statement[];
}

/** A subject as read, with whether it only pointed back to an earlier actor. */
interface Subject {
  actor: ActorMention;
  continuation: boolean;
}

interface ContentStart {
  index: number;
  ownSource: ActorMention | null;
  toldTo: ActorMention | null;
}

// The gap between a speaker and what they said ("، في بيان له مساء أمس، إن")
// is short; past this many tokens whatever follows is the object itself.
const MAX_GAP_TOKENS = 15;
const MAX_SETTING_TAIL = 3;
// "لكن"، "من جهتها،" — a few words at most before a subject that precedes its verb.
const MAX_OPENER_TOKENS = 4;
// "الوكالة" and "المصادر" point at an actor of the last few statements, not of the whole article.
const ANAPHOR_LOOKBACK = 20;
const RELATIVE_PRONOUNS = new Set(["التي", "الذي", "الذين"].map(lexiconForm));

export function extractStatements(sentences: Sentence[], people: People): Statement[] {
  const statements: Statement[] = [];
  for (const sentence of sentences) {
    const context: SentenceContext = { text: sentence.text, sentence, tokens: sentence.tokens, quotes: sentence.quotes, people, history: statements };
    readSentence(context);
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
      const inside = i >= contentFrom && history.length > firstOfSentence ? history.at(-1) : undefined;
      const vouchedFor = inside ? null : statementVouchedFor(context, according.value, i, according.end);
      if (inside) attachSource(inside, according.value.speaker);
      if (vouchedFor) history.push(vouchedFor);
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

function verbOf(lex: string): StatementVerb | null {
  if (hasWord(DENIAL_VERBS, lex)) return "deny";
  if (hasWord(AFFIRMING_VERBS, lex)) return "affirm";
  if (hasWord(REPORTING_VERBS, lex) || SPEAKING_PARTICIPLES.has(lex)) return "report";
  return null;
}

/** "ورد بيسكوف “…”", "وقالت غوغل في بيان أمس إنها …", "لكن الوزارة نفت …", "مضيفا أن …". */
function readVerbStatement(context: SentenceContext, i: number): Read<Statement> | null {
  const { tokens, text } = context;
  const verbToken = tokens[i]!;
  const verb = verbOf(verbToken.lex);
  if (!verb) return null;
  const subject = readSubject(context, i);
  if (!subject) return null;
  const start = scanToContent(context, subject.end);
  const contentToken = tokens[start.index];
  const content = contentToken ? cleanContent(text.slice(contentToken.start)) : "";
  if (!contentToken || content === "") return null;
  const { speaker, carriers } = chainOf(subject.actor, start);
  return {
    value: {
      verb,
      speaker,
      carriers,
      content,
      quote: firstQuoteBetween(context, contentToken.start, text.length),
      sentence: context.sentence,
      dateSpan: text.slice(verbToken.start, contentToken.start),
      continuation: subject.continuation,
    },
    end: start.index,
  };
}

function readSubject(context: SentenceContext, verbIndex: number): (Subject & { end: number }) | null {
  const { tokens } = context;
  const verbLex = tokens[verbIndex]!.lex;
  const isParticiple = SPEAKING_PARTICIPLES.has(verbLex);
  if (!isParticiple) {
    let j = verbIndex + 1;
    while (j - verbIndex < MAX_GAP_TOKENS && tokens[j] && TIME_WORDS.has(tokens[j]!.lex)) j++;
    const explicit = readActor(context.text, tokens, j, context.people);
    if (explicit) return withEnd(resolve(explicit.value, context.history), explicit.end);
  }
  const previous = context.history.at(-1)?.speaker;
  const continuesSpeaker = isParticiple || withoutConjunction(verbLex) !== verbLex;
  if (previous && continuesSpeaker && startsContent(tokens, verbIndex + 1)) {
    return { actor: previous, continuation: true, end: verbIndex + 1 };
  }
  const preceding = readPrecedingSubject(context, verbIndex);
  return preceding ? withEnd(resolve(preceding, context.history), verbIndex + 1) : null;
}

function withEnd(subject: Subject | null, end: number): (Subject & { end: number }) | null {
  return subject ? { ...subject, end } : null;
}

/** Subject before the verb, at the start of the sentence: "لكن وزارة الطاقة والمياه نفت …". */
function readPrecedingSubject(context: SentenceContext, verbIndex: number): ActorMention | null {
  const { tokens } = context;
  const start = skipOpeners(tokens, 0);
  const found = start < verbIndex ? readActor(context.text, tokens, start, context.people) : null;
  return found && found.end === verbIndex ? found.value : null;
}

/** Skips what may open a sentence before its subject: "لكن"، "من جهتها،". */
function skipOpeners(tokens: Token[], from: number): number {
  let start = from;
  while (start - from < MAX_OPENER_TOKENS && tokens[start] && (!tokens[start]!.isWord || CLAUSE_OPENERS.has(tokens[start]!.lex))) start++;
  return start;
}

/**
 * An actor as meant: "الوكالة" becomes the agency named before it. With
 * nothing to point at, "الوزارة" stands for itself; "البيان" stands for no one.
 */
function resolve(actor: ActorMention, history: Statement[]): Subject | null {
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

/** Whether what was said starts here: "أن", ":", a quotation, "في بيان". */
function startsContent(tokens: Token[], j: number): boolean {
  const token = tokens[j];
  if (!token) return false;
  return (
    COMPLEMENTIZERS.has(token.lex) ||
    isPunctuation(token, ":" + QUOTE_MARKS) ||
    (token.lex === "في" && STATEMENT_SETTINGS.has(tokens[j + 1]?.lex ?? "")) ||
    (isToPreposition(token) && COMPLEMENTIZERS.has(tokens[j + 1]?.lex ?? ""))
  );
}

/** "إلى" and its Egyptian spelling "إلي" ("مشيرا إلي أن"). */
function isToPreposition(token: Token | undefined): boolean {
  return token?.lex === lexiconForm("إلى");
}

/**
 * Walks the gap between a speaker and what they said: commas, time words,
 * "في بيان له", "للصحفيين", the speaker's own source ("عن شخصين …") and
 * whom they told ("لوكالة أسوشيتد برس"). Stops where the content starts.
 */
function scanToContent(context: SentenceContext, from: number): ContentStart {
  const { tokens } = context;
  const start: ContentStart = { index: from, ownSource: null, toldTo: null };
  let k = from;
  for (let steps = 0; k < tokens.length && steps < MAX_GAP_TOKENS; steps++) {
    const token = tokens[k]!;
    const next = tokens[k + 1];
    if (isPunctuation(token, ":")) return { ...start, index: k + 1 };
    if (isPunctuation(token, QUOTE_MARKS) || COMPLEMENTIZERS.has(token.lex)) {
      return { ...start, index: COMPLEMENTIZERS.has(token.lex) ? k + 1 : k };
    }
    if (isComma(token) || isPunctuation(token, "-–—") || SAYING_NOUNS.has(token.lex) || TIME_WORDS.has(token.lex)) {
      k++;
    } else if (token.lex === "في" && STATEMENT_SETTINGS.has(next?.lex ?? "")) {
      k = skipSettingTail(tokens, k + 2);
    } else if (ADDRESSEES.has(token.lex)) {
      k += isOrganizationWord(next) ? 2 : 1;
    } else if (isToPreposition(token) && COMPLEMENTIZERS.has(next?.lex ?? "")) {
      k++;
    } else if (isRelativeClause(tokens, k)) {
      k = skipToNextComma(tokens, k);
    } else {
      const source = readSourceInGap(context, k, start);
      if (!source) break;
      k = source;
    }
  }
  return { ...start, index: k };
}

/** "عن شخصين مقربين …", "نقلا عن …" (the speaker's source) or "لوكالة …" (whom they told); returns where it ends. */
function readSourceInGap(context: SentenceContext, k: number, start: ContentStart): number | null {
  const { tokens, text, people, history } = context;
  const token = tokens[k]!;
  const sourceAt = token.lex === "عن" ? k + 1 : token.lex === lexiconForm("نقلا") && tokens[k + 1]?.lex === "عن" ? k + 2 : -1;
  if (sourceAt !== -1 && start.ownSource === null) {
    const source = readActor(text, tokens, sourceAt, people);
    const resolved = source ? resolve(source.value, history) : null;
    if (!source || !resolved) return null;
    start.ownSource = resolved.actor;
    return source.end;
  }
  if (start.toldTo !== null) return null;
  const told = token.lex === "ل" ? readActor(text, tokens, k + 1, people) : readActorAfterPreposition(text, tokens, k, people);
  const resolved = told ? resolve(told.value, history) : null;
  if (!told || !resolved) return null;
  start.toldTo = resolved.actor;
  return told.end;
}

function skipSettingTail(tokens: Token[], k: number): number {
  let j = k;
  while (j - k < MAX_SETTING_TAIL && tokens[j] && (SETTING_TAIL.has(tokens[j]!.lex) || isOrganizationWord(tokens[j]))) j++;
  return j;
}

/** ", التي طلبت عدم الكشف عن هويتها،": a relative clause describing the speaker. */
function isRelativeClause(tokens: Token[], k: number): boolean {
  return isComma(tokens[k - 1]) && RELATIVE_PRONOUNS.has(tokens[k]!.lex);
}

function skipToNextComma(tokens: Token[], k: number): number {
  let j = k;
  while (j < tokens.length && j - k < MAX_GAP_TOKENS && !isComma(tokens[j])) j++;
  return j;
}

/** Who said it and who carried it: "نقلت X عن Y" is Y's, carried by X; "قالت Y لـX" is Y's, told to X. */
function chainOf(subject: ActorMention, start: ContentStart): { speaker: ActorMention; carriers: ActorMention[] } {
  if (start.ownSource) return { speaker: start.ownSource, carriers: [subject] };
  if (start.toldTo) return { speaker: subject, carriers: [start.toldTo] };
  return { speaker: subject, carriers: [] };
}

/**
 * Reports named inside a sentence about something else:
 * "تقريرا لوكالة بلومبرج أفاد بأن …" and "ما تداولته مواقع التواصل بشأن …".
 */
function readEmbeddedReport(context: SentenceContext, i: number): Read<Statement> | null {
  const found = readReportDocument(context, i) ?? readWhatWasReported(context, i);
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
function readAccordingTo(context: SentenceContext, i: number): Read<NamedSource> | null {
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
  if (["ما", "لما"].includes(tokens[j]?.lex ?? "")) j += isReportingWord(tokens[j + 1]) ? 2 : 1;
  const glued = takesLam && !separateLam && tokens[j]?.lex !== "لما";
  const source = glued ? readActorAfterPreposition(text, tokens, j, people) : readActor(text, tokens, j, people);
  const resolved = source ? resolve(source.value, history) : null;
  if (!source || !resolved || isCommonNoun(resolved.actor)) return null;
  const ownSource = tokens[source.end]?.lex === "عن" ? readActor(text, tokens, source.end + 1, people) : null;
  if (ownSource && ownSource.value.anaphor === null) {
    return { value: { speaker: ownSource.value, carriers: [resolved.actor], continuation: false }, end: ownSource.end };
  }
  return { value: { speaker: resolved.actor, carriers: [], continuation: resolved.continuation }, end: source.end };
}

/** The statement an according-to clause vouches for, or null if the sentence holds nothing else. */
function statementVouchedFor(context: SentenceContext, source: NamedSource, clauseStart: number, clauseEnd: number): Statement | null {
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

function firstQuoteBetween(context: SentenceContext, from: number, to: number): string | null {
  return context.quotes.find((quote) => quote.start >= from && quote.end <= to)?.text ?? null;
}

/** Trims the punctuation a cut leaves at either end: "، إن …." → "إن …". */
function cleanContent(text: string): string {
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
