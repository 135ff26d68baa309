import { AFFIRMING_VERBS, DENIAL_VERBS, REPORTING_VERBS, hasWord, lexiconForm } from "@/lib/import/lexicon/lexicon";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";
import { isDateLine } from "./extract-date";

// A pasted article is a headline, a date line, body paragraphs, and around
// them the site's furniture: "المصدر: …", "الوسوم …", "كلمات دلالية: …",
// "إقرأ أيضاً: …". Sites glue that furniture together without spaces
// ("الوسومأوكرانيا … روسياالمصدر: كويت نيوز"), so markers are found anywhere
// inside a line that starts with one.

export type FooterField = "source" | "publisher" | "tags";

/** One "marker: value" piece of the site's furniture. */
export interface FooterSegment {
  field: FooterField;
  value: string;
  /** The segment as written, marker included. */
  evidence: string;
}

export interface ArticleSections {
  /** The first line of text that is not a date or furniture, as written. */
  headline: string;
  dateLines: string[];
  /** Short lines between the headline and the body that name who filed it: "أبوظبي - سكاي نيوز عربية", "فرانس 24". */
  bylines: string[];
  body: string[];
  footer: FooterSegment[];
  /** Lines from the first "اقرأ أيضا" on. */
  related: string[];
  /** Lines that hold nothing but a link ("الرابط: https://…"). */
  urlLines: string[];
}

const DIACRITIC = "[\\u064B-\\u065F\\u0670\\u0640]*";

/** A marker word as a regex that tolerates hamza, taa marbuta, diacritics and tatweel variants. */
function looseArabic(phrase: string): string {
  return [...phrase]
    .map((char) => {
      if (char === " ") return "\\s*";
      if ("اأإآ".includes(char)) return `[اأإآ]${DIACRITIC}`;
      if ("ةه".includes(char)) return `[ةه]${DIACRITIC}`;
      if ("يى".includes(char)) return `[يى]${DIACRITIC}`;
      return char + DIACRITIC;
    })
    .join("");
}

const MARKERS: [FooterField | "related", string[]][] = [
  ["related", ["اقرأ أيضا", "اقرأ كذلك", "اقرأ المزيد", "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة"]],
  ["tags", ["الكلمات الدلالية", "كلمات دلالية", "الكلمات المفتاحية", "كلمات مفتاحية", "الوسوم", "وسوم", "Tags"]],
  ["publisher", ["الناشر"]],
  ["source", ["المصدر"]],
];

const MARKER_SOURCE = MARKERS.flatMap(([, words]) => words.map(looseArabic)).join("|");
const MARKER_AT_START = new RegExp(`^(?:${MARKER_SOURCE})`, "iu");
const MARKER_ANYWHERE = new RegExp(`(?:${MARKER_SOURCE})\\s*[:：]?`, "giu");
const MARKER_FIELDS = MARKERS.flatMap(([field, words]) =>
  words.map((word) => ({ field, pattern: new RegExp(`^${looseArabic(word)}`, "iu") })),
);

const URL_LINE = /^(?:(?:الرابط|رابط المقال|رابط الخبر|url|link)\s*[:：]?\s*)?https?:\/\/\S+$/iu;

// A footer "المصدر: …" names a site or agency in a few words; a longer line
// starting with المصدر is a sentence ("المصدر أكد أن …").
const MAX_SOURCE_WORDS = 6;

/** Splits pasted text into headline, date lines, body, site furniture and related items. */
export function splitSections(text: string): ArticleSections {
  const lines = stripControlCharacters(text)
    .normalize("NFC")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
  const sections: ArticleSections = { headline: "", dateLines: [], bylines: [], body: [], footer: [], related: [], urlLines: [] };
  let inRelated = false;
  for (const line of lines) {
    const segments = footerSegments(line);
    if (segments) {
      const related = segments.find((segment) => segment.field === "related");
      sections.footer.push(...segments.filter(isFooterSegment));
      if (related) {
        inRelated = true;
        if (related.value !== "") sections.related.push(related.value);
      }
    } else if (URL_LINE.test(line)) {
      // A link under "اقرأ أيضا" points at the related story, not at this one.
      if (!inRelated) sections.urlLines.push(line);
    } else if (inRelated) {
      sections.related.push(line);
    } else if (isDateLine(line)) {
      sections.dateLines.push(line);
    } else if (sections.headline === "") {
      sections.headline = line;
    } else if (sections.body.length === 0 && isByline(line)) {
      sections.bylines.push(line);
    } else {
      sections.body.push(line);
    }
  }
  return sections;
}

type Segment = { field: FooterField | "related"; value: string; evidence: string };

function isFooterSegment(segment: Segment): segment is FooterSegment {
  return segment.field !== "related";
}

/** A line's furniture segments, or null if it is not furniture. */
function footerSegments(line: string): Segment[] | null {
  if (!MARKER_AT_START.test(line)) return null;
  const starts = [...line.matchAll(MARKER_ANYWHERE)].map((match) => ({ index: match.index, length: match[0].length }));
  const segments = starts.map(({ index, length }, i) => {
    const evidence = line.slice(index, starts[i + 1]?.index ?? line.length).trim();
    const value = evidence.slice(length).replace(/^[\s:：|\-–—]+|[\s|\-–—.،,]+$/gu, "");
    return { field: fieldOf(line.slice(index, index + length)), value, evidence };
  });
  const onlySentence = segments.length === 1 && segments[0]!.field === "source" && wordCount(segments[0]!.value) > MAX_SOURCE_WORDS;
  return onlySentence ? null : segments;
}

// "مكة المكرمة – تركي الغامدي", "عين اليوم – متابعات": a byline is a few words, a place and a name.
const MAX_BYLINE_WORDS = 6;
// Without a separator only a name stands there: "فرانس 24", "العربية.نت".
const MAX_BARE_BYLINE_WORDS = 3;

/** A line that names who filed the article rather than saying anything: short, unpunctuated, with no verb of saying. */
function isByline(line: string): boolean {
  if (/[.!?؟…:«»"“”]$|[«»"“”]/u.test(line)) return false;
  const words = line.split(/[\s\-–—:|]+/u).filter((word) => /\p{L}|\p{N}/u.test(word));
  const separated = /\s[-–—|]|[-–—|]\s|\s:|:\s?\p{L}/u.test(line);
  if (words.length === 0 || words.length > (separated ? MAX_BYLINE_WORDS : MAX_BARE_BYLINE_WORDS)) return false;
  return !words.some((word) => [REPORTING_VERBS, DENIAL_VERBS, AFFIRMING_VERBS].some((verbs) => hasWord(verbs, lexiconForm(word))));
}

function fieldOf(marker: string): FooterField | "related" {
  return MARKER_FIELDS.find(({ pattern }) => pattern.test(marker))?.field ?? "source";
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
