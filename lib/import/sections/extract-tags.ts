import { spellingKey } from "@/lib/import/lexicon/spelling-key";

// Tag lines come as "الوسوم: أوكرانيا، روسيا" but also with no separators at
// all ("أوكرانيا الولايات المتحدة روسيا") or glued ("أوكرانياالولايات").
// Explicit separators are trusted; otherwise the newsroom's tag vocabulary
// decides where tags start and end (so "الولايات المتحدة" stays one tag), and
// words it does not know become tags of their own.

const SEPARATORS = /[،,|؛;#/]+/u;
// A glued token longer than this is not a few tags stuck together.
const MAX_GLUED_LENGTH = 60;
// Shorter pieces would cut ordinary words apart ("مصرفي" is not "مصر" + "في").
const MIN_GLUED_PIECE = 3;

interface Vocabulary {
  /** Known tag by spelling key. */
  tags: Map<string, string>;
  /** Spelling keys of every word of every known tag. */
  words: Set<string>;
  longestTagWords: number;
}

/** The tags of an article's tag lines, spelled as the vocabulary spells them, without repeats. */
export function extractTags(tagLines: string[], knownTags: string[]): string[] {
  const vocabulary = buildVocabulary(knownTags);
  const tags = tagLines.flatMap((line) =>
    SEPARATORS.test(line)
      ? line.split(SEPARATORS).map((piece) => vocabulary.tags.get(spellingKey(piece)) ?? cleanTag(piece))
      : matchVocabulary(
          line.split(/\s+/).flatMap((word) => splitGlued(cleanTag(word), vocabulary.words)),
          vocabulary,
        ),
  );
  return uniqueBySpelling(tags.filter((tag) => spellingKey(tag) !== ""));
}

function buildVocabulary(knownTags: string[]): Vocabulary {
  const cleaned = knownTags.map(cleanTag).filter((tag) => spellingKey(tag) !== "");
  return {
    tags: new Map(cleaned.map((tag) => [spellingKey(tag), tag])),
    words: new Set(cleaned.flatMap((tag) => tag.split(" ")).map(spellingKey)),
    longestTagWords: Math.max(1, ...cleaned.map((tag) => tag.split(" ").length)),
  };
}

/** Longest vocabulary match at each word; unknown words stand alone. */
function matchVocabulary(words: string[], vocabulary: Vocabulary): string[] {
  const tags: string[] = [];
  let i = 0;
  while (i < words.length) {
    const match = longestMatch(words, i, vocabulary);
    tags.push(match?.tag ?? words[i]!);
    i += match?.length ?? 1;
  }
  return tags;
}

function longestMatch(words: string[], start: number, vocabulary: Vocabulary): { tag: string; length: number } | null {
  for (let length = Math.min(vocabulary.longestTagWords, words.length - start); length > 0; length--) {
    const tag = vocabulary.tags.get(spellingKey(words.slice(start, start + length).join(" ")));
    if (tag) return { tag, length };
  }
  return null;
}

/** "أوكرانياالولايات" → "أوكرانيا", "الولايات": cuts known tag words off the ends of a glued token. */
function splitGlued(token: string, tagWords: Set<string>): string[] {
  if (token.length > MAX_GLUED_LENGTH || tagWords.has(spellingKey(token))) return [token];
  for (let cut = token.length - MIN_GLUED_PIECE; cut >= MIN_GLUED_PIECE; cut--) {
    const head = token.slice(0, cut);
    if (tagWords.has(spellingKey(head))) return [head, ...splitGlued(token.slice(cut), tagWords)];
  }
  for (let cut = MIN_GLUED_PIECE; cut <= token.length - MIN_GLUED_PIECE; cut++) {
    const tail = token.slice(cut);
    if (tagWords.has(spellingKey(tail))) return [token.slice(0, cut), tail];
  }
  return [token];
}

function cleanTag(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/\s+/g, " ");
}

function uniqueBySpelling(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = spellingKey(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
