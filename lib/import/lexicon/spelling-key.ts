import { lexiconForm } from "./lexicon";

// Arabic names reach us in several spellings: Egyptian sites write the Latin
// "g" as ج (بلومبرج، جوجل), Levantine ones as غ (بلومبرغ، غوغل); the article
// may or may not be there (الكرملين / كرملين); hamza seats vary (مسؤول / مسئول).
// A spelling key folds all of that away so variants compare equal.

/** The spelling-insensitive form of a name: compare keys, never show them. */
export function spellingKey(name: string): string {
  return lexiconForm(name)
    .replace(/[غگ]/g, "ج")
    .replace(/[ؤئ]/g, "ء")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (word.startsWith("ال") && word.length > 4 ? word.slice(2) : word))
    .join("");
}
