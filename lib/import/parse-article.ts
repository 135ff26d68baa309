import { buildDraft } from "./links/build-draft";
import { expandShortAffiliations } from "./coreference/expand-affiliations";
import { extractStatements } from "./statements/extract-attribution";
import { extractCredits } from "./sections/extract-credits";
import { extractPublicationDate } from "./sections/extract-date";
import { collectPeople } from "./entities/extract-people";
import { extractRelated } from "./sections/extract-related";
import { extractTags } from "./sections/extract-tags";
import type { ImportDraft, KnownSource } from "./import-draft.types";
import { createSourceMatcher } from "./coreference/match-sources";
import { splitSections } from "./sections/split-sections";
import { splitSentences } from "./tokenize/split-sentences";

export interface ParseArticleContext {
  /** The newsroom's sources, so mentions match them instead of proposing duplicates. */
  knownSources: KnownSource[];
  /** The newsroom's tag vocabulary, which decides where multi-word tags end. */
  knownTags: string[];
}

/**
 * Reads a pasted Arabic news article into a draft for an editor to review:
 * headline and date, the reported claim and who carried it, denials and
 * confirmations linked to it, tags and related stories. Rule-based and
 * deterministic; never throws — whatever it cannot find is left out or null.
 */
export function parseArticle(text: string, context: ParseArticleContext): ImportDraft {
  const sections = splitSections(text);
  const sentences = splitSentences(sections.body);
  const people = collectPeople(sentences);
  return buildDraft({
    headline: sections.headline,
    publication: extractPublicationDate(sections.dateLines),
    credits: extractCredits(sections),
    statements: expandShortAffiliations(extractStatements(sentences, people)),
    tags: extractTags(
      sections.footer.filter((segment) => segment.field === "tags").map((segment) => segment.value),
      context.knownTags,
    ),
    related: extractRelated(sections.related),
    matchSource: createSourceMatcher(context.knownSources),
  });
}
