import {
  ADDRESSEES,
  AFFIRMING_VERBS,
  COMPLEMENTIZERS,
  DENIAL_VERBS,
  EMPHATIC_ADJECTIVES,
  EMPHATIC_OBJECTS,
  RECEIVING_VERBS,
  REPORT_NOUNS,
  REPORTING_VERBS,
  SAYING_NOUNS,
  SETTING_TAIL,
  SPEAKING_PARTICIPLES,
  STATEMENT_PRONOUNS,
  STATEMENT_SETTINGS,
  TIME_WORDS,
  hasWord,
  lexiconForm,
  withoutConjunction,
} from "@/lib/import/lexicon/lexicon";
import { readActor, readActorAfterPreposition, readQuotedOutlet, type ActorMention } from "@/lib/import/entities/read-actor";
import { isOrganizationWord, type Read } from "@/lib/import/entities/read-names";
import { resolve, type Subject } from "@/lib/import/coreference/resolve-anaphor";
import { readSourceDescription } from "./read-source-description";
import {
  cleanContent,
  firstQuoteBetween,
  skipOpeners,
  type SentenceContext,
  type Statement,
  type StatementVerb,
} from "./statement-context";
import { QUOTE_MARKS, isComma, isPunctuation, type Token } from "@/lib/import/tokenize/tokenize";

// A verb of saying with its speaker and what they said, in the orders Arabic
// news writes them: "ورد بيسكوف “…”" (verb, speaker, quotation), "وقالت غوغل
// في بيان أمس إنها …" (with a gap before the words), "لكن الوزارة نفت …"
// (speaker first), "مضيفا أن …" (speaker carried over).

interface ContentStart {
  index: number;
  ownSource: ActorMention | null;
  toldTo: ActorMention | null;
  /** Whom a clause describing the speaker or their source says it relied on ("التي استندت إلى شهود عيان"). */
  reliedOn: ActorMention | null;
}

// The gap between a speaker and what they said ("، في بيان له مساء أمس، إن")
// is short; past this many tokens whatever follows is the object itself.
const MAX_GAP_TOKENS = 15;
const MAX_SETTING_TAIL = 3;
// "نفيا قاطعا جملة وتفصيلا" at most.
const MAX_EMPHASIS_WORDS = 3;

function verbOf(lex: string): StatementVerb | null {
  if (hasWord(DENIAL_VERBS, lex)) return "deny";
  if (hasWord(AFFIRMING_VERBS, lex)) return "affirm";
  if (hasWord(REPORTING_VERBS, lex) || SPEAKING_PARTICIPLES.has(lex)) return "report";
  return null;
}

/** "ورد بيسكوف “…”", "وقالت غوغل في بيان أمس إنها …", "لكن الوزارة نفت …", "مضيفا أن …". */
export function readVerbStatement(context: SentenceContext, i: number): Read<Statement> | null {
  const verbToken = context.tokens[i]!;
  const verb = verbOf(verbToken.lex);
  if (!verb) return null;
  const subject = readSubject(context, i);
  if (!subject) return null;
  const start = scanToContent(context, subject.end);
  const words = quotedBefore(context, verbToken.start) ?? wordsAfter(context, verbToken.start, start.index);
  if (!words || words.content === "") return null;
  const { end, ...said } = words;
  const { speaker, carriers } = chainOf(subject.actor, start);
  return { value: { verb, speaker, carriers, ...said, sentence: context.sentence, continuation: subject.continuation }, end };
}

/** What was said, when, and the token after which no further statement starts. */
interface Words extends Pick<Statement, "content" | "quote" | "dateSpan"> {
  end: number;
}

/** What was said after the gap: "… إن ما يتم تداوله عار عن الصحة". */
function wordsAfter(context: SentenceContext, verbStart: number, contentIndex: number): Words | null {
  const { tokens, text } = context;
  const contentToken = tokens[contentIndex];
  if (!contentToken) return null;
  return {
    content: cleanContent(text.slice(contentToken.start)),
    quote: firstQuoteBetween(context, contentToken.start, text.length),
    dateSpan: text.slice(verbStart, contentToken.start),
    end: contentIndex,
  };
}

/** "«لا صحة لهذه الأخبار»، قال الناطق باسم الحكومة …": the quotation comes first, its speaker after. */
function quotedBefore(context: SentenceContext, verbStart: number): Words | null {
  const { text, tokens } = context;
  const quote = context.quotes.find((span) => span.end <= verbStart && /^[\s،,:\-–—]*$/u.test(text.slice(span.end, verbStart)));
  if (!quote) return null;
  // The rest of the sentence says who and when; it holds no further statement.
  return { content: quote.text, quote: quote.text, dateSpan: text.slice(verbStart), end: tokens.length };
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

/**
 * Subject before the verb, at the start of the sentence: "لكن وزارة الطاقة
 * والمياه نفت …", "وكانت صحيفة وول ستريت جورنال قد ذكرت …".
 */
function readPrecedingSubject(context: SentenceContext, verbIndex: number): ActorMention | null {
  const { tokens } = context;
  const start = skipOpeners(tokens, 0);
  const found = start < verbIndex ? readActor(context.text, tokens, start, context.people) : null;
  const subjectEnd = tokens[verbIndex - 1]?.lex === "قد" ? verbIndex - 1 : verbIndex;
  return found && found.end === subjectEnd ? found.value : null;
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
 * "في بيان له", "للصحفيين", the speaker's own source ("عن شخصين …"), a
 * clause describing either ("التي استندت إلى شهود عيان،") and whom they
 * told ("لوكالة أسوشيتد برس", "توصلت به وكالة …"). Stops where the content starts.
 */
function scanToContent(context: SentenceContext, from: number): ContentStart {
  const { tokens } = context;
  const start: ContentStart = { index: from, ownSource: null, toldTo: null, reliedOn: null };
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
    } else if (EMPHATIC_OBJECTS.has(token.lex)) {
      // "نفت الوزارة نفيا قاطعا ما …": the emphasis is not what was denied.
      k = skipEmphasis(tokens, k + 1);
    } else if (REPORT_NOUNS.has(token.lex) && COMPLEMENTIZERS.has(next?.lex ?? "")) {
      // "ووصفت الحكومة التقرير بأنه …": what it was said of, then what was said.
      k++;
    } else {
      const after =
        readDescriptionInGap(context, k, start) ?? readReceiverInGap(context, k, start) ?? readSourceInGap(context, k, start);
      if (after === null) break;
      k = after;
    }
  }
  return { ...start, index: k };
}

/** "عن شخصين مقربين …", "نقلا عن …" (the speaker's source) or "لوكالة …" (whom they told); returns where it ends. */
function readSourceInGap(context: SentenceContext, k: number, start: ContentStart): number | null {
  const { tokens, text, people } = context;
  const token = tokens[k]!;
  const sourceAt = token.lex === "عن" ? k + 1 : token.lex === lexiconForm("نقلا") && tokens[k + 1]?.lex === "عن" ? k + 2 : -1;
  if (sourceAt !== -1 && start.ownSource === null) {
    const source = resolvedInGap(context, readActor(text, tokens, sourceAt, people));
    if (!source) return null;
    start.ownSource = source.value;
    return source.end;
  }
  if (start.toldTo !== null) return null;
  const told = resolvedInGap(
    context,
    token.lex === "ل"
      ? (readQuotedOutlet(tokens, k + 1) ?? readActor(text, tokens, k + 1, people))
      : readActorAfterPreposition(text, tokens, k, people),
  );
  if (!told) return null;
  start.toldTo = told.value;
  return told.end;
}

/** "في بلاغ توصلت به وكالة المغرب العربي للأنباء": whoever received the statement carried it; returns where the receiver ends. */
function readReceiverInGap(context: SentenceContext, k: number, start: ContentStart): number | null {
  const { tokens, text, people } = context;
  if (start.toldTo !== null || !RECEIVING_VERBS.has(tokens[k]!.lex)) return null;
  const at = STATEMENT_PRONOUNS.has(tokens[k + 1]?.lex ?? "") ? k + 2 : k + 1;
  const receiver = resolvedInGap(context, readActor(text, tokens, at, people));
  if (!receiver) return null;
  start.toldTo = receiver.value;
  return receiver.end;
}

/** An actor read in the gap as meant ("الوكالة" → the agency named before); null when none was read or it points at no one. */
function resolvedInGap(context: SentenceContext, found: Read<ActorMention> | null): Read<ActorMention> | null {
  const resolved = found ? resolve(found.value, context.history) : null;
  return found && resolved ? { value: resolved.actor, end: found.end } : null;
}

function skipEmphasis(tokens: Token[], k: number): number {
  let j = k;
  while (j - k < MAX_EMPHASIS_WORDS && tokens[j] && EMPHATIC_ADJECTIVES.has(tokens[j]!.lex)) j++;
  return j;
}

function skipSettingTail(tokens: Token[], k: number): number {
  let j = k;
  while (j - k < MAX_SETTING_TAIL && tokens[j] && (SETTING_TAIL.has(tokens[j]!.lex) || isOrganizationWord(tokens[j]))) j++;
  return j;
}

/**
 * "، التي طلبت عدم الكشف عن هويتها،", "عن صحيفة X التي استندت إلى شهود
 * عيان، أن": a clause about the speaker or their source; returns where it ends.
 * Whom it relied on is noted unless the clause follows whom they told.
 */
function readDescriptionInGap(context: SentenceContext, k: number, start: ContentStart): number | null {
  const description = readSourceDescription(context, k);
  if (!description) return null;
  if (start.toldTo === null && start.reliedOn === null) start.reliedOn = description.value;
  return description.end;
}

/**
 * Who said it and who carried it: "نقلت X عن Y" is Y's, carried by X; "قالت Y
 * لـX" is Y's, told to X; and whom Y relied on is where the words came from.
 */
function chainOf(subject: ActorMention, start: ContentStart): { speaker: ActorMention; carriers: ActorMention[] } {
  const direct = directChainOf(subject, start);
  return start.reliedOn ? { speaker: start.reliedOn, carriers: [direct.speaker, ...direct.carriers] } : direct;
}

function directChainOf(subject: ActorMention, start: ContentStart): { speaker: ActorMention; carriers: ActorMention[] } {
  if (start.ownSource) return { speaker: start.ownSource, carriers: [subject] };
  if (start.toldTo) return { speaker: subject, carriers: [start.toldTo] };
  return { speaker: subject, carriers: [] };
}
