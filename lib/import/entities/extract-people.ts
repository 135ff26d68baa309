import {
  BODY_NOUNS,
  OFFICE_HEADS,
  OFFICE_HEAD_COMPLEMENTS,
  SPOKESPERSON_HEADS,
  hasWord,
  lexiconForm,
  withoutConjunction,
} from "@/lib/import/lexicon/lexicon";
import {
  isOrganizationWord,
  readIntroducedName,
  readOrganization,
  skipTitles,
  textOf,
  withoutAttachedPreposition,
  type Read,
} from "./read-names";
import type { Sentence } from "@/lib/import/tokenize/split-sentences";
import { spellingKey } from "@/lib/import/lexicon/spelling-key";
import { isComma, type Token } from "@/lib/import/tokenize/tokenize";

// People are introduced once with their role and later called by surname:
// "المتحدث باسم الكرملين دميتري بيسكوف" … "ورد بيسكوف". A role is a
// spokesperson's ("المتحدث باسم …") or an office ("وزير الخارجية",
// "رئيس مجلس الوزراء"). The article's people are collected first, so a
// speaker named later by surname or by role alone resolves to the full person.

export interface PersonMention {
  /** Null for a role without a name ("المتحدث باسم الكرملين"). */
  name: string | null;
  /** As written: "المتحدث باسم", "المتحدث العسكري باسم". */
  role: string | null;
  /** The body they speak for: "الكرملين". */
  affiliation: string | null;
  /** The sentence that introduced them. */
  evidence: string;
}

interface RolePhrase {
  role: string;
  affiliation: string | null;
}

// A name or organization never runs longer than this many tokens, so a
// reader working on a cut-off copy of the sentence needs no more.
const READ_WINDOW = 16;
// An article names a few dozen people; a text naming more is not one, and
// resolving surnames against it would only get slower.
const MAX_PEOPLE = 200;

/** The article's people, looked up the ways articles refer back to them. */
export interface People {
  /** The person a name refers to: the same full name, or the surname ("بيسكوف") of exactly one person. */
  find(name: string): PersonMention | null;
  /**
   * The one named person who holds a role: who speaks for a body ("المتحدث
   * باسم الكرملين" → بيسكوف) or holds an office ("وزير الخارجية" → سامح شكري).
   */
  findHolder(role: string | null, affiliation: string | null): PersonMention | null;
}

/** Everyone the article introduces by title or role, merged by name. */
export function collectPeople(sentences: Sentence[]): People {
  const byName = new Map<string, PersonMention>();
  for (const { text, tokens } of sentences) {
    for (let i = 0; i < tokens.length && byName.size < MAX_PEOPLE; i++) {
      const found = readPerson(text, tokens, i);
      if (!found) continue;
      addPerson(byName, found.value);
      i = found.end - 1;
    }
  }
  return indexPeople([...byName.values()]);
}

/** Adds a named person, or gives a known one the role a later sentence states. */
function addPerson(byName: Map<string, PersonMention>, person: PersonMention): void {
  if (person.name === null) return;
  const key = spellingKey(person.name);
  const same = byName.get(key);
  if (!same) {
    byName.set(key, person);
  } else if (same.role === null && person.role !== null) {
    Object.assign(same, { role: person.role, affiliation: person.affiliation, evidence: person.evidence });
  }
}

function indexPeople(people: PersonMention[]): People {
  const byName = new Map<string, PersonMention>();
  const bySurname = new Map<string, PersonMention[]>();
  const byRole = new Map<string, PersonMention[]>();
  const addTo = (index: Map<string, PersonMention[]>, key: string, person: PersonMention) =>
    index.set(key, [...(index.get(key) ?? []), person]);
  for (const person of people) {
    if (person.name === null) continue;
    byName.set(spellingKey(person.name), person);
    const words = lexiconForm(person.name).split(" ");
    for (let start = 1; start < words.length; start++) addTo(bySurname, words.slice(start).join(" "), person);
    const role = roleKey(person.role, person.affiliation);
    if (role !== null) addTo(byRole, role, person);
  }
  const onlyOne = (matches: PersonMention[] | undefined) => (matches?.length === 1 ? matches[0]! : null);
  return {
    find: (name) => byName.get(spellingKey(name)) ?? onlyOne(bySurname.get(lexiconForm(name))),
    findHolder: (role, affiliation) => {
      const key = roleKey(role, affiliation);
      return key === null ? null : onlyOne(byRole.get(key));
    },
  };
}

/**
 * What makes two mentions the same role: any spokesperson of the same body
 * ("المتحدث الرسمي باسم" or "الناطق باسم" the ministry), else the same
 * office of the same body. A spokesperson of no named body is no one in particular.
 */
function roleKey(role: string | null, affiliation: string | null): string | null {
  if (role === null) return null;
  const body = affiliation === null ? "" : spellingKey(affiliation);
  const head = lexiconForm(role).split(" ")[0] ?? "";
  if (hasWord(SPOKESPERSON_HEADS, head)) return body === "" ? null : `spokesperson|${body}`;
  return `${spellingKey(role)}|${body}`;
}

/**
 * A person at token i: a role then a name ("المتحدث باسم الكرملين دميتري
 * بيسكوف"), a title then a name ("العقيد سامر حداد"), or a name then its role
 * in apposition ("خالد عبد الرحمن، المتحدث الرسمي باسم وزارة الصحة،").
 */
export function readPerson(sentence: string, tokens: Token[], i: number): Read<PersonMention> | null {
  const person = (name: string | null, role: RolePhrase | null, end: number): Read<PersonMention> => ({
    value: { name, role: role?.role ?? null, affiliation: role?.affiliation ?? null, evidence: sentence },
    end,
  });
  const rolePhrase = readRolePhrase(sentence, tokens, i);
  if (rolePhrase) {
    const name = readIntroducedName(sentence, tokens, skipTitles(tokens, rolePhrase.end));
    return person(name?.value ?? null, rolePhrase.value, name?.end ?? rolePhrase.end);
  }
  const nameStart = skipTitles(tokens, i);
  const name = readIntroducedName(sentence, tokens, nameStart);
  if (!name) return null;
  const apposition = isComma(tokens[name.end]) ? readRolePhrase(sentence, tokens, name.end + 1) : null;
  if (apposition) {
    const end = isComma(tokens[apposition.end]) ? apposition.end + 1 : apposition.end;
    return person(name.value, apposition.value, end);
  }
  return nameStart > i ? person(name.value, null, name.end) : null;
}

function readRolePhrase(sentence: string, tokens: Token[], i: number): Read<RolePhrase> | null {
  return readSpokespersonRole(sentence, tokens, i) ?? readOffice(sentence, tokens, i);
}

/** "المتحدث (الرسمي) باسم ORG" or "الناطق الرسمي لـORG", or a bare "المتحدث العسكري". */
function readSpokespersonRole(sentence: string, tokens: Token[], i: number): Read<RolePhrase> | null {
  if (!tokens[i] || !hasWord(SPOKESPERSON_HEADS, tokens[i]!.lex)) return null;
  let j = i + 1;
  while (j - i <= 2 && isOrganizationWord(tokens[j])) j++;
  if (tokens[j]?.lex === lexiconForm("باسم")) {
    const organization = readOrganization(sentence, tokens, j + 1);
    return organization
      ? { value: { role: roleText(sentence, tokens, i, j + 1, SPOKESPERSON_HEADS), affiliation: organization.value }, end: organization.end }
      : null;
  }
  const attached = readOrganizationAfterPreposition(sentence, tokens, j);
  return { value: { role: roleText(sentence, tokens, i, j, SPOKESPERSON_HEADS), affiliation: attached?.value ?? null }, end: attached?.end ?? j };
}

/**
 * An office and what it is of: "وزير الخارجية" (a portfolio, all of it the
 * role), "رئيس مجلس الوزراء", "الأمين العام للأمم المتحدة" (a body, which
 * the holder speaks for). An office of nothing ("مدير" alone) is not a role.
 */
function readOffice(sentence: string, tokens: Token[], i: number): Read<RolePhrase> | null {
  const head = tokens[i];
  if (!head || !hasWord(OFFICE_HEADS, head.lex)) return null;
  let j = i + 1;
  const completed = OFFICE_HEAD_COMPLEMENTS.has(tokens[j]?.lex ?? "");
  if (completed) j++;
  // "أمين" alone is a given name; only "أمين عام" is an office.
  else if (withoutConjunction(head.lex).endsWith(lexiconForm("أمين"))) return null;
  // "للأمم المتحدة" is ل + a body, "لجنة الشؤون" a body that starts with ل: whichever reading names a body.
  const portfolio = readOrganization(sentence, tokens, j);
  const body = [readOrganizationAfterPreposition(sentence, tokens, j), portfolio].find(
    (organization) => organization && namesBody(organization.value),
  );
  if (body) return { value: { role: roleText(sentence, tokens, i, j, OFFICE_HEADS), affiliation: body.value }, end: body.end };
  if (portfolio) return { value: { role: roleText(sentence, tokens, i, portfolio.end, OFFICE_HEADS), affiliation: null }, end: portfolio.end };
  return completed ? { value: { role: roleText(sentence, tokens, i, j, OFFICE_HEADS), affiliation: null }, end: j } : null;
}

/** "مجلس الوزراء", "الحكومة": a body, not a portfolio like "الخارجية". */
function namesBody(organization: string): boolean {
  const first = lexiconForm(organization).split(" ")[0] ?? "";
  return BODY_NOUNS.has(first) || (first.startsWith("ال") && BODY_NOUNS.has(first.slice(2)));
}

/** The role as written, without a conjunction glued to its head ("والمتحدث باسم", "ووزير الخارجية"). */
function roleText(sentence: string, tokens: Token[], i: number, end: number, heads: ReadonlySet<string>): string {
  const text = textOf(sentence, tokens, i, end);
  return heads.has(tokens[i]!.lex) ? text : text.slice(1);
}

/** An organization written with an attached لـ ("لوزارة الخارجية"). */
function readOrganizationAfterPreposition(sentence: string, tokens: Token[], i: number): Read<string> | null {
  const stripped = withoutAttachedPreposition(tokens[i]);
  if (!stripped) return null;
  const window = [stripped, ...tokens.slice(i + 1, i + READ_WINDOW)];
  const organization = readOrganization(sentence, window, 0);
  return organization ? { value: organization.value, end: i + organization.end } : null;
}
