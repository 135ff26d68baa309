import { readPerson, type People, type PersonMention } from "./extract-people";
import { guessSourceKind } from "@/lib/import/lexicon/guess-source-kind";
import type { DraftSourceKind } from "@/lib/import/import-draft.types";
import {
  ANAPHORS,
  ANONYMITY_CLAUSE_VERBS,
  ANONYMOUS_HEADS,
  COMPLEMENTIZERS,
  DUAL_ANONYMOUS_HEADS,
  FUNCTION_WORDS,
  NEWS_AGENCY_TAIL,
  REPORT_NOUNS,
  SAME_WORDS,
  SAYING_NOUNS,
  SOURCE_DESCRIPTORS,
  TIME_WORDS,
  TITLES,
  WIRE_AGENCIES,
  lexiconForm,
  withoutConjunction,
} from "@/lib/import/lexicon/lexicon";
import {
  isOrganizationWord,
  isVerb,
  readOrganization,
  readProperName,
  textOf,
  withoutAttachedPreposition,
  type Read,
} from "./read-names";
import { QUOTE_MARKS, isDefinite, isPunctuation, type Token } from "@/lib/import/tokenize/tokenize";

// An actor is whoever says or carries something: a person, a body, an outlet,
// an unnamed group. Readers are tried from the most specific shape to the
// least, so "المتحدث باسم الكرملين دميتري بيسكوف" is a person, not the
// organization الكرملين, and "وكالة الأنباء الرسمية" an agency, not a chain of words.

export type AnaphorKind = "anonymous" | "agency" | "outlet" | "government" | "other" | "document";

export interface ActorMention {
  /** As the draft should show it: anonymous groups in the nominative ("شخصان مقربان من الكرملين"). */
  name: string;
  kind: DraftSourceKind;
  person: PersonMention | null;
  /** Set when the words point back to an actor named earlier ("الوكالة", "المصادر"). */
  anaphor: AnaphorKind | null;
}

const MAX_ANONYMOUS_WORDS = 8;
// Prepositions an unnamed group's description may contain: "مقربين من", "مطلعين على".
const ANONYMOUS_PREPOSITIONS = new Set(["من", "في", "على", "داخل", "لدى"].map(lexiconForm));
const READ_WINDOW = 16;
const MAX_ACRONYM_TOKENS = 6;
const MAX_QUOTED_NAME_WORDS = 4;

export function readActor(sentence: string, tokens: Token[], i: number, people: People): Read<ActorMention> | null {
  return (
    readPersonActor(sentence, tokens, i, people) ??
    readAnaphor(tokens, i) ??
    readAnonymous(tokens, i) ??
    readDescribed(sentence, tokens, i, people) ??
    readOrganizationActor(sentence, tokens, i, people) ??
    readNamedActor(sentence, tokens, i, people)
  );
}

/** An actor written with an attached preposition: "لوكالة بلومبرج", "لرويترز". */
export function readActorAfterPreposition(
  sentence: string,
  tokens: Token[],
  i: number,
  people: People,
): Read<ActorMention> | null {
  const stripped = withoutAttachedPreposition(tokens[i]);
  if (!stripped) return null;
  const found = readActor(sentence, [stripped, ...tokens.slice(i + 1, i + READ_WINDOW)], 0, people);
  return found ? { value: found.value, end: i + found.end } : null;
}

function actor(name: string, kind: DraftSourceKind, person: PersonMention | null = null): ActorMention {
  return { name, kind, person, anaphor: null };
}

function readPersonActor(sentence: string, tokens: Token[], i: number, people: People): Read<ActorMention> | null {
  const found = readPerson(sentence, tokens, i);
  if (!found) return readBareTitle(tokens, i);
  const mentioned = found.value;
  const known = mentioned.name === null ? people.findHolder(mentioned.role, mentioned.affiliation) : people.find(mentioned.name);
  const person = known ?? mentioned;
  const name = person.name ?? textOf(sentence, tokens, i, found.end);
  return { value: actor(name, "person", person), end: found.end };
}

/** "وقال الوزير إن …": a title with no name still names a person. */
function readBareTitle(tokens: Token[], i: number): Read<ActorMention> | null {
  const token = tokens[i];
  const title = token ? [token.lex, withoutConjunction(token.lex)].find((word) => TITLES.has(word)) : undefined;
  // Only a definite title ("الوزير") names someone; "د" alone is an abbreviation.
  if (!token || !title?.startsWith("ال")) return null;
  return { value: actor(token.raw.replace(/^[وف](?=ال)/u, ""), "person"), end: i + 1 };
}

/** "الوكالة", "الوزارة": named by its kind, in case nothing earlier is there to point at. */
function readAnaphor(tokens: Token[], i: number): Read<ActorMention> | null {
  const token = tokens[i];
  const kind = token ? ANAPHORS.get(token.lex) : undefined;
  if (!token || !kind || isOrganizationWord(tokens[i + 1])) return null;
  const end = SAME_WORDS.has(tokens[i + 1]?.lex ?? "") ? i + 2 : i + 1;
  return { value: { ...actor(token.raw, kind === "document" ? "other" : kind), anaphor: kind }, end };
}

/** "شخصين مقربين من الكرملين", "مصادر مطلعة", "مسؤول أمريكي كبير". */
function readAnonymous(tokens: Token[], i: number): Read<ActorMention> | null {
  if (!tokens[i] || isDefinite(tokens[i]) || !ANONYMOUS_HEADS.has(tokens[i]!.lex)) return null;
  let j = i + 1;
  while (j - i < MAX_ANONYMOUS_WORDS && continuesAnonymousPhrase(tokens, j)) j++;
  // "مصادر مطلعة من أن …": a preposition with nothing after it belongs to the sentence.
  while (j - 1 > i && ANONYMOUS_PREPOSITIONS.has(tokens[j - 1]!.lex)) j--;
  const words = tokens.slice(i, j).map((token) => token.raw);
  return { value: actor(toNominative(words).join(" "), "anonymous"), end: j };
}

function continuesAnonymousPhrase(tokens: Token[], j: number): boolean {
  const token = tokens[j];
  if (!token?.isWord || token.inQuote) return false;
  const lex = token.lex;
  if (ANONYMOUS_PREPOSITIONS.has(lex)) return true;
  const endsPhrase = [FUNCTION_WORDS, COMPLEMENTIZERS, SAYING_NOUNS, TIME_WORDS, REPORT_NOUNS, ANONYMITY_CLAUSE_VERBS].some((words) =>
    words.has(lex),
  );
  return !endsPhrase && !isVerb(lex) && !isToldTo(tokens, j);
}

/** "مصادر مطلعة لوكالة أسوشيتد برس" or "… لرويترز إن": whom the group told, not part of the group. */
function isToldTo(tokens: Token[], j: number): boolean {
  const stripped = withoutAttachedPreposition(tokens[j]);
  if (!stripped) return false;
  const next = tokens[j + 1];
  return (
    SOURCE_DESCRIPTORS.has(stripped.lex) ||
    WIRE_AGENCIES.has(stripped.lex) ||
    isPunctuation(next, "،,:") ||
    (next !== undefined && COMPLEMENTIZERS.has(next.lex))
  );
}

/**
 * Citation form of an unnamed group read after a preposition: "شخصين مقربين"
 * → "شخصان مقربان" (dual), "مسؤولين أمريكيين" → "مسؤولون أمريكيون" (plural).
 * Only the head and its adjectives change, never "من الكرملين" after them.
 */
function toNominative(words: string[]): string[] {
  const ending = DUAL_ANONYMOUS_HEADS.has(lexiconForm(words[0] ?? "")) ? "ان" : "ون";
  const lex = words.map(lexiconForm);
  const headAndAdjectives = lex.findIndex((word, index) => index > 0 && (ANONYMOUS_PREPOSITIONS.has(word) || word.startsWith("ال")));
  const inflected = headAndAdjectives === -1 ? words.length : headAndAdjectives;
  return words.map((word, index) =>
    index < inflected && lex[index]!.length > 4 ? word.replace(/ي[\u064B-\u065F]*ن[\u064B-\u065F]*$/u, ending) : word,
  );
}

/** A descriptor and a name: "وكالة بلومبرج", "صحيفة «الأخبار» اللبنانية", "وكالة الأنباء الرسمية", "تقرير بلومبرج". */
function readDescribed(sentence: string, tokens: Token[], i: number, people: People): Read<ActorMention> | null {
  const kind = tokens[i] ? SOURCE_DESCRIPTORS.get(tokens[i]!.lex) : undefined;
  if (kind === undefined) return null;
  // "تقرير بلومبرج", "بيان الوزارة": the document stands for whoever issued it.
  if (kind === null) return readActor(sentence, tokens, i + 1, people);
  const proper = readQuotedName(tokens, i + 1) ?? readProperName(sentence, tokens, i + 1);
  if (proper) return { value: actor(proper.value, kind), end: skipAdjectivesAndAcronym(tokens, proper.end) };
  const organization = readOrganization(sentence, tokens, i + 1, true);
  if (!organization) return null;
  const end = tokens[organization.end]?.lex === NEWS_AGENCY_TAIL ? organization.end + 1 : organization.end;
  // "صحيفة النهار" is called النهار; "وكالة الأنباء الرسمية" only has its description for a name.
  const titled = end === i + 2;
  const name = titled ? organization.value : textOf(sentence, tokens, i, end);
  return { value: actor(name, kind), end: skipAdjectivesAndAcronym(tokens, end) };
}

/** A short name in quotation marks: «الأخبار». */
function readQuotedName(tokens: Token[], i: number): Read<string> | null {
  if (!isPunctuation(tokens[i], QUOTE_MARKS)) return null;
  let j = i + 1;
  while (j - i <= MAX_QUOTED_NAME_WORDS && tokens[j]?.inQuote) j++;
  const words = tokens.slice(i + 1, j);
  if (words.length === 0 || words.length > MAX_QUOTED_NAME_WORDS || !isPunctuation(tokens[j], QUOTE_MARKS)) return null;
  return { value: words.map((token) => token.raw).join(" "), end: j + 1 };
}

/**
 * An outlet named in quotation marks: whom a source spoke to ("أكد مصدر
 * لـ«الشرق الأوسط» أن …") or whom a clause cites ("وفقا لـ"وكالة الأناضول"").
 * A descriptor inside the marks says its kind and is not part of its name.
 */
export function readQuotedOutlet(tokens: Token[], i: number): Read<ActorMention> | null {
  const quoted = readQuotedName(tokens, i);
  if (!quoted) return null;
  const [first = "", ...rest] = quoted.value.split(" ");
  const described = SOURCE_DESCRIPTORS.get(lexiconForm(first));
  if (described && rest.length > 0) return { value: actor(rest.join(" "), described), end: quoted.end };
  const guessed = guessSourceKind(quoted.value);
  return { value: actor(quoted.value, guessed === "other" ? "outlet" : guessed), end: quoted.end };
}

/** Skips what may follow a name without being part of it: nationality ("الأمريكية") and an acronym ("(واس)", "«واس»"). */
function skipAdjectivesAndAcronym(tokens: Token[], i: number): number {
  let j = i;
  while (j - i < 2 && isOrganizationWord(tokens[j])) j++;
  if (isPunctuation(tokens[j], "(")) {
    const close = tokens.slice(j, j + MAX_ACRONYM_TOKENS).findIndex((token) => isPunctuation(token, ")"));
    if (close !== -1) j += close + 1;
  } else if (isQuotedAgencyAcronym(tokens, j)) {
    j += 3;
  }
  return j;
}

/** "وكالة الأنباء السعودية «واس»": in quotation marks only a known agency's acronym is one; anything else may be what was said. */
function isQuotedAgencyAcronym(tokens: Token[], j: number): boolean {
  return isPunctuation(tokens[j], QUOTE_MARKS) && WIRE_AGENCIES.has(tokens[j + 1]?.lex ?? "") && isPunctuation(tokens[j + 2], QUOTE_MARKS);
}

/** "الرئاسة الروسية", "وزارة الصحة والسكان" — or a person's family name ("وقال الخلفي"). */
function readOrganizationActor(sentence: string, tokens: Token[], i: number, people: People): Read<ActorMention> | null {
  const organization = readOrganization(sentence, tokens, i);
  if (!organization) return null;
  const person = people.find(organization.value);
  const value = person?.name ? actor(person.name, "person", person) : actor(organization.value, guessSourceKind(organization.value));
  return { value, end: skipAdjectivesAndAcronym(tokens, organization.end) };
}

/** A bare name: a known person by surname ("بيسكوف"), or an outlet or body ("بلومبرج", "كويت نيوز"). */
function readNamedActor(sentence: string, tokens: Token[], i: number, people: People): Read<ActorMention> | null {
  const name = readProperName(sentence, tokens, i);
  if (!name) return null;
  const person = people.find(name.value);
  const value = person?.name ? actor(person.name, "person", person) : actor(name.value, guessSourceKind(name.value));
  return { value, end: skipAdjectivesAndAcronym(tokens, name.end) };
}
