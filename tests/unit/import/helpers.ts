import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { ImportDraft, KnownSource } from "@/lib/import/import-draft.types";
import { parseArticle } from "@/lib/import/parse-article";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/articles");

/** Every fixture article (their ground truth for `npm run eval:import` is expected.json beside them). */
export const FIXTURE_NAMES = readdirSync(FIXTURES).filter((name) => name.endsWith(".txt")).sort();

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}

/** A newsroom's sources as the database would hand them to the importer. */
export const KNOWN_SOURCES: KnownSource[] = [
  { id: "src-reuters", name: "رويترز", nameEn: "Reuters", aliases: ["وكالة رويترز"] },
  { id: "src-bloomberg", name: "بلومبرغ", nameEn: "Bloomberg", aliases: ["بلومبرج"] },
  { id: "src-afp", name: "فرانس برس", nameEn: "AFP", aliases: ["أ ف ب", "وكالة الصحافة الفرنسية"] },
  { id: "src-kremlin", name: "الكرملين", nameEn: "Kremlin", aliases: ["الرئاسة الروسية"] },
  { id: "src-google", name: "جوجل", nameEn: "Google", aliases: [] },
  { id: "src-spa", name: "واس", nameEn: "Saudi Press Agency", aliases: ["وكالة الأنباء السعودية"] },
];

export const KNOWN_TAGS = ["أوكرانيا", "الولايات المتحدة", "روسيا", "وزارة الصحة", "ألبان الأطفال", "غوغل", "الذكاء الاصطناعي", "السعودية"];

export function parseFixture(name: string, knownSources = KNOWN_SOURCES): ImportDraft {
  return parseArticle(readFixture(name), { knownSources, knownTags: KNOWN_TAGS });
}

export function sourceOf(draft: ImportDraft, key: string | null) {
  const source = draft.sources.find((candidate) => candidate.key === key);
  if (!source) throw new Error(`no source ${key}`);
  return source;
}

export function claimBy(draft: ImportDraft, role: string) {
  const claims = draft.claims.filter((claim) => claim.role === role);
  if (claims.length !== 1) throw new Error(`expected one ${role} claim, found ${claims.length}`);
  return claims[0]!;
}

/** Source names of a claim's attribution chain, from its origin to where it was published. */
export function chainOf(draft: ImportDraft, claimKey: string): string[] {
  const appearances = draft.appearances.filter((appearance) => appearance.claimKey === claimKey);
  const names: string[] = [];
  for (let hop = appearances.find((a) => a.viaKey === null); hop; hop = appearances.find((a) => a.viaKey === hop!.key)) {
    names.push(sourceOf(draft, hop.sourceKey).name);
  }
  if (names.length !== appearances.length) throw new Error("appearances do not form one chain");
  return names;
}

export function lastAppearance(draft: ImportDraft, claimKey: string) {
  const appearances = draft.appearances.filter((appearance) => appearance.claimKey === claimKey);
  return appearances.find((appearance) => !appearances.some((other) => other.viaKey === appearance.key))!;
}
