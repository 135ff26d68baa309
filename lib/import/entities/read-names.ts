import {
  AFFIRMING_VERBS,
  COMPLEMENTIZERS,
  DENIAL_VERBS,
  FUNCTION_WORDS,
  NAME_JOINERS,
  REPORTING_VERBS,
  REPORT_NOUNS,
  SAYING_NOUNS,
  SPEAKING_PARTICIPLES,
  SPOKESPERSON_HEADS,
  TIME_WORDS,
  TITLES,
  hasWord,
  lexiconForm,
} from "@/lib/import/lexicon/lexicon";
import { isDefinite, isPunctuation, type Token } from "@/lib/import/tokenize/tokenize";

// Readers for the names in a sentence. Arabic has no capitals, so a name is
// read by what it is made of: a proper name is a short run of words without
// the article (دميتري بيسكوف، بلومبرج), an organization a chain of words with
// it (الرئاسة الروسية، وزارة الصحة والسكان), and either ends at a particle, a
// time word, a verb or punctuation.

/** What a reader found and the index of the first token after it. */
export interface Read<T> {
  value: T;
  end: number;
}

const MAX_NAME_UNITS = 3;
// "وزارة الصحة والسكان والتنمية الاجتماعية": long enough for real bodies,
// short enough that a sentence of nothing but definite words stays linear.
const MAX_ORGANIZATION_WORDS = 8;
const MAX_TITLES = 3;
// "المتحدث العسكري باسم" or "الرئيس الأمريكي": at most this many adjectives.
const MAX_ADJECTIVES = 2;
const NEVER_IN_NAMES = [FUNCTION_WORDS, TIME_WORDS, REPORT_NOUNS, TITLES, COMPLEMENTIZERS, SAYING_NOUNS, SPEAKING_PARTICIPLES];

export function isVerb(lex: string): boolean {
  return [REPORTING_VERBS, DENIAL_VERBS, AFFIRMING_VERBS].some((verbs) => hasWord(verbs, lex));
}

/** A word that can be part of a proper name: no article, not a particle, verb, time word or title. */
function isNameWord(token: Token | undefined): boolean {
  if (!token || !token.isWord || token.inQuote || isDefinite(token) || /^\d+$/.test(token.lex)) return false;
  // "والعقيد", "والسكان": a conjunction starts the next phrase.
  if (token.lex.startsWith("وال")) return false;
  return !NEVER_IN_NAMES.some((words) => words.has(token.lex)) && !isVerb(token.lex);
}

/**
 * A word that can continue an organization's name: definite, and not a time
 * word or title. Report nouns ("الأنباء") end a name ("نفت الوزارة الأنباء")
 * unless a descriptor opened it ("وكالة الأنباء الرسمية").
 */
export function isOrganizationWord(token: Token | undefined, afterDescriptor = false): boolean {
  if (!token || token.inQuote) return false;
  const lex = token.lex;
  const coordinated = lex.startsWith("وال") && lex.length > 4;
  if (!isDefinite(token) && !coordinated) return false;
  if (!afterDescriptor && REPORT_NOUNS.has(lex)) return false;
  return ![FUNCTION_WORDS, TIME_WORDS, TITLES, SPOKESPERSON_HEADS].some((words) => words.has(lex));
}

/** The text of tokens [from, to) as written in the sentence (the first token as read, if a preposition was cut off it). */
export function textOf(sentence: string, tokens: Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last && to > from ? first.raw + sentence.slice(first.end, last.end) : "";
}

/**
 * A proper name: up to three name words, where عبد/أبو take the next word
 * along (عبد الرحمن). A person's name may end in a family name with the
 * article when it has the nisba form (مصطفى الخلفي، خالد العتيبي).
 */
export function readProperName(sentence: string, tokens: Token[], i: number, isPerson = false): Read<string> | null {
  let j = i;
  for (let units = 0; units < MAX_NAME_UNITS; units++) {
    const token = tokens[j];
    if (token && NAME_JOINERS.has(token.lex) && tokens[j + 1]?.isWord && !tokens[j + 1]?.inQuote) {
      j += 2;
    } else if (isNameWord(token)) {
      j += 1;
    } else {
      if (isPerson && j > i && isNisbaFamilyName(token)) j += 1;
      break;
    }
  }
  return j > i ? { value: textOf(sentence, tokens, i, j), end: j } : null;
}

/**
 * A person's name after their title or role: a proper name, and when it is
 * a given name alone, one definite word as the family name if what follows
 * ends the name ("العميد أحمد الخطيب في تصريح", "… أحمد الخطيب إن"). An
 * introduction rarely stops at a given name; "دميتري بيسكوف المحادثات"
 * has its full name already.
 */
export function readIntroducedName(sentence: string, tokens: Token[], i: number): Read<string> | null {
  const name = readProperName(sentence, tokens, i, true);
  if (!name || name.end !== i + 1 || !isOrganizationWord(tokens[name.end]) || !endsName(tokens[name.end + 1])) return name;
  return { value: textOf(sentence, tokens, i, name.end + 1), end: name.end + 1 };
}

/** What may follow a full name: punctuation, the end, "في", a verb of saying or what was said ("إن"). */
function endsName(token: Token | undefined): boolean {
  return !token || !token.isWord || token.lex === "في" || isVerb(token.lex) || COMPLEMENTIZERS.has(token.lex);
}

/** "الخلفي", "المصري": a definite nisba, which after a given name is a family name, not the next word of the sentence. */
function isNisbaFamilyName(token: Token | undefined): boolean {
  return isOrganizationWord(token) && token!.lex.endsWith("ي") && !TIME_WORDS.has(token!.lex);
}

/**
 * An organization: up to two words heading a construct (وزارة، مكتب رئيس)
 * followed by definite words (الصحة والسكان), or a chain of definite words
 * alone (الرئاسة الروسية).
 */
export function readOrganization(sentence: string, tokens: Token[], i: number, afterDescriptor = false): Read<string> | null {
  let j = i;
  // "عبد الرحمن" is a person's name, not the construct "عبد" + "الرحمن".
  while (j - i < 2 && isNameWord(tokens[j]) && !NAME_JOINERS.has(tokens[j]!.lex)) j++;
  if (!isOrganizationWord(tokens[j], afterDescriptor)) return null;
  const limit = j + MAX_ORGANIZATION_WORDS;
  while (j < limit && isOrganizationWord(tokens[j], afterDescriptor)) j++;
  return { value: textOf(sentence, tokens, i, j), end: j };
}

/** Skips titles (العقيد، الدكتور، د.) and the adjectives after them (الرئيس الأمريكي). */
export function skipTitles(tokens: Token[], i: number): number {
  let j = i;
  for (let titles = 0; titles < MAX_TITLES && tokens[j] && hasWord(TITLES, tokens[j]!.lex); titles++) {
    j++;
    if (isPunctuation(tokens[j], ".")) j++;
    let adjectives = 0;
    while (adjectives < MAX_ADJECTIVES && isOrganizationWord(tokens[j + adjectives])) adjectives++;
    if (adjectives > 0 && isNameWord(tokens[j + adjectives])) j += adjectives;
  }
  return j;
}

/** A token with a leading ل or ب cut off ("لوكالة" → "وكالة", "للكرملين" → "الكرملين"), or null if it has none. */
export function withoutAttachedPreposition(token: Token | undefined): Token | null {
  if (!token?.isWord || !/^[لب]/.test(token.lex) || token.lex.length < 3) return null;
  const rest = token.raw.slice(1).replace(/^[\u0640\u064B-\u065F]+/, "");
  const raw = token.lex.startsWith("لل") ? "ا" + rest : rest;
  return { ...token, raw, lex: lexiconForm(raw) };
}
