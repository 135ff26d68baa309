import type { ActorMention } from "@/lib/import/entities/read-actor";
import { spellingKey } from "@/lib/import/lexicon/spelling-key";
import type { Attribution } from "./resolve-anaphor";

// A spokesperson's body is often named short: "الناطق باسم الجيش" in an
// article whose body is "الجيش السوداني", "المتحدث باسم الخارجية" for
// "وزارة الخارجية". Read as written they would be two parties, each with
// its own denial; so a short affiliation takes the one fuller name the
// article's statements give that body.

export function expandShortAffiliations<T extends Attribution>(statements: T[]): T[] {
  const bodies = bodyNames(statements);
  const fuller = new Map<string, string>();
  const expand = (actor: ActorMention): ActorMention => {
    const affiliation = actor.person?.affiliation;
    if (!affiliation) return actor;
    if (!fuller.has(affiliation)) fuller.set(affiliation, fullerName(affiliation, bodies));
    const name = fuller.get(affiliation)!;
    return name === affiliation ? actor : { ...actor, person: { ...actor.person!, affiliation: name } };
  };
  return statements.map((statement) => ({ ...statement, speaker: expand(statement.speaker), carriers: statement.carriers.map(expand) }));
}

/** Names of the bodies that speak or carry in the article, by their words' spelling keys. */
function bodyNames(statements: Attribution[]): Map<string, string[]> {
  const bodies = new Map<string, string[]>();
  for (const statement of statements) {
    for (const actor of [statement.speaker, ...statement.carriers]) {
      if (actor.kind === "person" || actor.kind === "anonymous" || actor.anaphor !== null) continue;
      bodies.set(actor.name, wordKeys(actor.name));
    }
  }
  return bodies;
}

/**
 * The one body name that extends a short one: by words after it
 * ("الجيش" → "الجيش السوداني") or a head noun before it ("الخارجية" →
 * "وزارة الخارجية"). The short name itself when it is used as it is, or
 * when several bodies would fit.
 */
function fullerName(short: string, bodies: Map<string, string[]>): string {
  const words = wordKeys(short);
  const matches: string[] = [];
  for (const [name, keys] of bodies) {
    if (keys.length <= words.length) {
      if (keys.join("") === words.join("")) return short;
      continue;
    }
    const startsWith = words.every((word, i) => keys[i] === word);
    const headBefore = keys.length === words.length + 1 && words.every((word, i) => keys[i + 1] === word);
    if (startsWith || headBefore) matches.push(name);
  }
  return matches.length === 1 ? matches[0]! : short;
}

function wordKeys(name: string): string[] {
  return name.split(/\s+/u).map(spellingKey).filter(Boolean);
}
