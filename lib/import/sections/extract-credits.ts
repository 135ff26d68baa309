import { guessSourceKind } from "@/lib/import/lexicon/guess-source-kind";
import type { DraftSourceKind } from "@/lib/import/import-draft.types";
import { AGENCY_INITIALS, GENERIC_CREDITS, lexiconForm } from "@/lib/import/lexicon/lexicon";
import type { ArticleSections } from "./split-sections";

// The outer hops of every chain: the site that published the article and the
// agencies it credits. A site footer often says "المصدر" twice — the agency
// credit ("المصدر رويترز") and the site itself ("المصدر: كويت نيوز"): the
// publisher is the last one that is not a wire agency. A dateline credits an
// agency too: "موسكو (رويترز) - …".

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

const DATELINE = /^[^()]{0,30}\(([^()]{2,30})\)\s*[-–—:]/u;
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
  return {
    publisher: publisherSegment
      ? { name: publisherSegment.value, kind: publisherKind(publisherSegment.value), evidence: publisherSegment.evidence }
      : null,
    agencies: [
      ...datelineCredit(sections.body[0] ?? ""),
      ...footerAgencies.map((segment) => credited(segment.value, segment.evidence)),
    ],
    url: findArticleUrl(sections),
  };
}

function credited(written: string, evidence: string): CreditedSource {
  // "وكالة الأنباء السعودية (واس)": the initials in brackets repeat the name.
  const withoutInitials = written.replace(/\s*\([^()]*\)\s*$/u, "") || written;
  const name = AGENCY_INITIALS.get(lexiconForm(withoutInitials.replace(/\./g, " ")).replace(/\s+/g, " ").trim()) ?? withoutInitials;
  const kind = guessSourceKind(name);
  return { name, kind: kind === "other" ? "agency" : kind, evidence };
}

function publisherKind(name: string): DraftSourceKind {
  const kind = guessSourceKind(name);
  return kind === "agency" || kind === "social" ? kind : "outlet";
}

function datelineCredit(firstParagraph: string): CreditedSource[] {
  const match = DATELINE.exec(firstParagraph);
  const agency = match?.[1]?.trim();
  return match && agency ? [credited(agency, match[0].replace(/\s*[-–—:]$/u, ""))] : [];
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
