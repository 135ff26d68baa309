import { normalizeArabic } from "@/lib/text/normalize-arabic";
import type { KnownSource } from "@/lib/import/import-draft.types";
import { SOURCE_DESCRIPTORS, lexiconForm } from "@/lib/import/lexicon/lexicon";
import { spellingKey } from "@/lib/import/lexicon/spelling-key";

// A mentioned name is matched to the newsroom's known sources in tiers, most
// certain first: the name as written, then its spelling key (ج/غ, ى/ي, ة/ه,
// with or without ال), then without an attached preposition or a descriptor
// ("لبلومبرج", "وكالة رويترز"), then one letter off (أسوشيتد / أسوشيتيد).

export type SourceMatcher = (name: string) => KnownSource | null;

// One letter off is only a safe guess for names long enough to tell apart.
const MIN_KEY_LENGTH_FOR_TYPO = 6;

export function createSourceMatcher(knownSources: KnownSource[]): SourceMatcher {
  const byExactName = indexBy(knownSources, normalizeArabic);
  const bySpelling = indexBy(knownSources, spellingKey);
  const typoCandidates = indexForTypos([...bySpelling.keys()]);
  // The same names come back again and again while a draft is built.
  const cache = new Map<string, KnownSource | null>();
  return (name) => {
    if (!cache.has(name)) cache.set(name, match(name));
    return cache.get(name) ?? null;
  };

  function match(name: string): KnownSource | null {
    const exact = byExactName.get(normalizeArabic(name));
    if (exact) return exact;
    for (const variant of spellingVariants(name)) {
      const found = bySpelling.get(variant);
      if (found) return found;
    }
    const key = spellingKey(name);
    if (key.length < MIN_KEY_LENGTH_FOR_TYPO) return null;
    const near = new Set(typoCandidates(key).flatMap((candidate) => (isOneEditApart(key, candidate) ? [bySpelling.get(candidate)!] : [])));
    return near.size === 1 ? [...near][0]! : null;
  }
}

/** Every name of a known source (name, English name, aliases) maps to it; the first source listed wins a shared name. */
function indexBy(knownSources: KnownSource[], keyOf: (name: string) => string): Map<string, KnownSource> {
  const index = new Map<string, KnownSource>();
  for (const source of knownSources) {
    for (const name of [source.name, source.nameEn ?? "", ...source.aliases]) {
      const key = keyOf(name);
      if (key !== "" && !index.has(key)) index.set(key, source);
    }
  }
  return index;
}

/**
 * Known keys that could be one edit from a key. Such a key has a length at
 * most one off and shares the first letter — or, when the edit is the first
 * letter, the last one — so only those buckets are compared.
 */
function indexForTypos(keys: string[]): (key: string) => string[] {
  const buckets = new Map<string, string[]>();
  const add = (bucket: string, key: string) => {
    const members = buckets.get(bucket);
    if (members) members.push(key);
    else buckets.set(bucket, [key]);
  };
  for (const key of keys) {
    add(`${key.length}^${key[0]}`, key);
    add(`${key.length}$${key.at(-1)}`, key);
  }
  return (key) =>
    [key.length - 1, key.length, key.length + 1].flatMap((length) => [
      ...(buckets.get(`${length}^${key[0]}`) ?? []),
      ...(buckets.get(`${length}$${key.at(-1)}`) ?? []),
    ]);
}

/** The spelling keys a mention may match under: as written, without a leading preposition, without a descriptor noun. */
function spellingVariants(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const [first = "", ...rest] = words;
  const variants = [name];
  if (/^(?:لل)/.test(first)) variants.push(["ال" + first.slice(2), ...rest].join(" "));
  if (/^[لبوفك]/.test(first) && first.length > 3) variants.push([first.slice(1), ...rest].join(" "));
  if (lexiconForm(first) === "عن" && rest.length > 0) variants.push(rest.join(" "));
  for (const variant of [...variants]) {
    const [head = "", ...tail] = variant.split(" ");
    if (SOURCE_DESCRIPTORS.has(lexiconForm(head)) && tail.length > 0) variants.push(tail.join(" "));
  }
  return variants.map(spellingKey).filter((key) => key !== "");
}

/** True when one insertion, deletion or substitution turns a into b. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  // Past the first difference the rest must line up: shifted by one for an insertion, unshifted for a substitution.
  const shift = longer.length - shorter.length;
  for (let j = shift === 0 ? i + 1 : i; j < shorter.length; j++) {
    if (shorter[j] !== longer[j + shift]) return false;
  }
  return true;
}
