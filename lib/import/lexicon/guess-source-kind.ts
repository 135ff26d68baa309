import type { DraftSourceKind } from "@/lib/import/import-draft.types";
import {
  ANONYMOUS_HEADS,
  GOVERNMENT_HEADS,
  OUTLET_WORDS,
  SOCIAL_WORDS,
  SOURCE_DESCRIPTORS,
  WIRE_AGENCIES,
  lexiconForm,
} from "./lexicon";

/**
 * A first guess at what kind of source a name is, for sources the newsroom
 * does not know yet. The editor confirms it; known sources keep their own kind.
 */
export function guessSourceKind(name: string): DraftSourceKind {
  const words = lexiconForm(name).split(" ").filter(Boolean);
  const [first = ""] = words;
  const withoutArticle = (word: string) => (word.startsWith("ال") && word.length > 4 ? word.slice(2) : word);
  if (ANONYMOUS_HEADS.has(first)) return "anonymous";
  if (first === lexiconForm("وكالة") || WIRE_AGENCIES.has(words.join(" "))) return "agency";
  if (words.some((word) => SOCIAL_WORDS.has(word))) return "social";
  if (GOVERNMENT_HEADS.has(withoutArticle(first))) return "government";
  const descriptorKind = SOURCE_DESCRIPTORS.get(first);
  if (descriptorKind) return descriptorKind;
  if (words.some((word) => OUTLET_WORDS.has(word))) return "outlet";
  return "other";
}
