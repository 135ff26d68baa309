import { guessSourceKind } from "@/lib/import/lexicon/guess-source-kind";
import type { DraftSourceKind } from "@/lib/import/import-draft.types";
import { AGENCY_INITIALS, GENERIC_CREDITS, WIRE_AGENCIES, lexiconForm } from "@/lib/import/lexicon/lexicon";
import type { ArticleSections } from "./split-sections";

// The outer hops of every chain: the site that published the article and the
// agencies it credits. A site footer often says "المصدر" twice — the agency
// credit ("المصدر رويترز") and the site itself ("المصدر: كويت نيوز"): the
// publisher is the last one that is not a wire agency. A dateline credits an
// agency too: "موسكو (رويترز) - …". Without such a footer the article names
// its publisher in a byline ("أبوظبي - سكاي نيوز عربية", "عين اليوم – متابعات"),
// in its own dateline ("دبي (CNN) –"), or, for an agency's own copy, only by
// the agency that filed it ("… 2015 م واس", "الجزائر: د ب أ").

export interface CreditedSource {
  name: string;
  kind: DraftSourceKind;
  evidence: string;
}

export interface Credits {
  publisher: CreditedSource | null;
  /** Agencies the article credits, in the order they are named. */
  agencies: CreditedSource[];
  url: string | undefined;
}

const DATELINE = /^[^()]{0,60}\(([^()]{2,30})\)\s*[-–—:]/u;
const BYLINE_SEPARATOR = /\s*[-–—:|]\s*/u;
const URL_IN_TEXT = /https?:\/\/[^\s<>"'«»“”]+/u;

export function extractCredits(sections: ArticleSections): Credits {
  const named = sections.footer.filter(
    (segment) =>
      segment.field !== "tags" && /\p{L}/u.test(segment.value) && !URL_IN_TEXT.test(segment.value) && !isGeneric(segment.value),
  );
  const publisherSegment =
    named.find((segment) => segment.field === "publisher") ??
    named.filter((segment) => guessSourceKind(segment.value) !== "agency").at(-1);
  const footerAgencies = named.filter((segment) => segment !== publisherSegment);
  const dateline = datelineCredit(sections.body[0] ?? "");
  const bylines = sections.bylines.flatMap(bylineCredit);
  // An agency that heads the article itself (its byline or dated dateline) filed it; one a site credits did not publish it there.
  const filedBy = [...sections.dateLines.flatMap(trailingAgency), ...bylines.filter((credit) => credit.kind === "agency")];
  const agencies = [
    ...dateline.filter((credit) => credit.kind === "agency" || publisherSegment),
    ...filedBy,
    ...footerAgencies.map((segment) => credited(segment.value, segment.evidence)),
  ];
  const publisher = publisherSegment
    ? { name: publisherSegment.value, kind: publisherKind(publisherSegment.value), evidence: publisherSegment.evidence }
    : (bylines.find((credit) => credit.kind !== "agency") ??
      dateline.find((credit) => credit.kind !== "agency") ??
      (filedBy.length === 1 && agencies.length === 1 ? filedBy[0]! : null));
  return { publisher, agencies: agencies.filter((agency) => agency !== publisher), url: findArticleUrl(sections) };
}

/**
 * Who a byline names: the last of its parts ("أبوظبي - سكاي نيوز عربية"),
 * or the one beside a generic credit ("عين اليوم – متابعات"). A name that
 * does not read as an outlet or agency is a reporter's ("مكة المكرمة –
 * تركي الغامدي"), and no credit.
 */
function bylineCredit(line: string): CreditedSource[] {
  const parts = line.split(BYLINE_SEPARATOR).map((part) => part.trim()).filter((part) => /\p{L}|\p{N}/u.test(part));
  const names = parts.filter((part) => !isGeneric(part));
  const name = names.at(-1);
  if (!name || (names.length === parts.length && !namesOutlet(name))) return [];
  const credit = credited(name, line);
  return [{ ...credit, kind: isAgencyName(credit.name) ? "agency" : publisherKind(credit.name) }];
}

/** "سكاي نيوز عربية", "العربية.نت", "فرانس 24", "BBC", "د ب أ": a name that reads as an outlet's or agency's. */
function namesOutlet(name: string): boolean {
  const kind = guessSourceKind(name);
  return kind === "agency" || kind === "outlet" || kind === "social" || /\p{N}|[A-Za-z]|\p{L}\.\p{L}/u.test(name) || isAgencyName(name);
}

function isAgencyName(name: string): boolean {
  const lex = agencyForm(name);
  return guessSourceKind(name) === "agency" || WIRE_AGENCIES.has(lex) || AGENCY_INITIALS.has(lex);
}

/** "موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس": an agency's dated dateline ends with its name. */
function trailingAgency(dateLine: string): CreditedSource[] {
  const words = dateLine.trim().split(/\s+/u);
  for (const length of [3, 2, 1]) {
    const tail = words.slice(-length).join(" ");
    if (words.length > length && (WIRE_AGENCIES.has(agencyForm(tail)) || AGENCY_INITIALS.has(agencyForm(tail)))) {
      return [credited(tail, dateLine)];
    }
  }
  return [];
}

/** An agency's name or initials as the word lists hold them: "أ.ف.ب" → "أ ف ب". */
function agencyForm(name: string): string {
  return lexiconForm(name.replace(/\./g, " ")).replace(/\s+/g, " ").trim();
}

function credited(written: string, evidence: string): CreditedSource {
  // "وكالة الأنباء السعودية (واس)": the initials in brackets repeat the name.
  const withoutInitials = written.replace(/\s*\([^()]*\)\s*$/u, "") || written;
  const name = AGENCY_INITIALS.get(agencyForm(withoutInitials)) ?? withoutInitials;
  const kind = guessSourceKind(name);
  return { name, kind: kind === "other" ? "agency" : kind, evidence };
}

function publisherKind(name: string): DraftSourceKind {
  const kind = guessSourceKind(name);
  return kind === "agency" || kind === "social" ? kind : "outlet";
}

/** "موسكو (رويترز) -" credits an agency; "دبي، الإمارات العربية المتحدة (CNN) –" is the outlet's own dateline. */
function datelineCredit(firstParagraph: string): CreditedSource[] {
  const match = DATELINE.exec(firstParagraph);
  const name = match?.[1]?.trim();
  if (!match || !name) return [];
  const credit = credited(name, match[0].replace(/\s*[-–—:]$/u, ""));
  return [{ ...credit, kind: isAgencyName(credit.name) || !namesOutlet(credit.name) ? "agency" : publisherKind(credit.name) }];
}

function isGeneric(name: string): boolean {
  return GENERIC_CREDITS.has(lexiconForm(name));
}

/** The article's own address: a URL in the site furniture, on a date line, or on a line of its own. */
function findArticleUrl(sections: ArticleSections): string | undefined {
  const texts = [...sections.footer.map((segment) => segment.value), ...sections.dateLines, ...sections.urlLines];
  for (const text of texts) {
    const url = URL_IN_TEXT.exec(text)?.[0].replace(/[.,،)]+$/u, "");
    if (url && URL.canParse(url)) return url;
  }
  return undefined;
}
