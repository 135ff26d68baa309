import { createDraftSources, type DraftSources, type SourceMention } from "@/lib/import/coreference/draft-sources";
import type { Credits, CreditedSource } from "@/lib/import/sections/extract-credits";
import { resolveRelativeDate, type PublicationDate } from "@/lib/import/sections/extract-date";
import type { DraftAppearance, DraftClaim, DraftRelated, ImportDraft } from "@/lib/import/import-draft.types";
import { linkAnswers } from "./link-answers";
import type { SourceMatcher } from "@/lib/import/coreference/match-sources";
import { planClaims, type ClaimPlan } from "./plan-claims";
import type { ActorMention } from "@/lib/import/entities/read-actor";
import type { Statement } from "@/lib/import/statements/statement-context";

// Turns what the extractors found into the editable draft: the claims (see
// plan-claims), the links from answers to reports (see link-answers), and
// for every claim its chain of appearances out to the credited agencies and
// the publishing site.

export interface DraftParts {
  headline: string;
  publication: PublicationDate | null;
  credits: Credits;
  statements: Statement[];
  tags: string[];
  related: DraftRelated[];
  matchSource: SourceMatcher;
}

export function buildDraft(parts: DraftParts): ImportDraft {
  const sources = createDraftSources(parts.matchSource);
  for (const statement of parts.statements) [statement.speaker, ...statement.carriers].forEach(sources.noteKind);
  const identity = (actor: { name: string }) => sources.identityOf(actor.name);
  const { reports, answers } = planClaims(parts.statements, identity);
  const plans = [...reports, ...answers];
  const claimKeys = new Map(plans.map((plan, index) => [plan, `claim-${index + 1}`]));

  const claims: DraftClaim[] = [];
  const appearances: DraftAppearance[] = [];
  for (const plan of plans) {
    const key = claimKeys.get(plan)!;
    const chain = chainOf(plan, key, parts, sources, appearances.length);
    claims.push(toClaim(plan, key, chain[0]!.sourceKey, parts.publication?.day ?? null));
    appearances.push(...chain);
  }
  // The site and the agencies are sources of the draft even when no claim was found to hang on them.
  const publisherKey = parts.credits.publisher ? sources.add(creditMention(parts.credits.publisher)) : null;
  parts.credits.agencies.forEach((agency) => sources.add(creditMention(agency)));

  return {
    article: {
      headline: parts.headline,
      publishedAt: parts.publication?.publishedAt ?? null,
      precision: parts.publication?.precision ?? "day",
      publisherName: publisherKey ? sources.nameOf(publisherKey) : null,
      ...(parts.credits.url ? { url: parts.credits.url } : {}),
    },
    sources: sources.list,
    claims,
    links: linkAnswers(reports, answers, claimKeys, identity),
    appearances,
    tags: parts.tags,
    related: parts.related,
  };
}

/** A claim said on the day its words name ("مساء أمس"), else on the day the article was published. */
function toClaim(plan: ClaimPlan, key: string, claimantKey: string, publishedOn: string | null): DraftClaim {
  const namedDay = plan.statements.map((statement) => resolveRelativeDate(statement.dateSpan, publishedOn)).find(Boolean);
  return {
    key,
    claimantKey,
    text: plan.text,
    ...(plan.summary && plan.summary !== plan.text ? { summary: plan.summary } : {}),
    saidAt: namedDay ?? publishedOn,
    saidAtPrecision: "day",
    language: "ar",
    role: plan.role,
    evidence: plan.chosen.sentence.text,
  };
}

/**
 * The claim's appearances from its origin outwards: the speaker, whoever
 * carried the words in the article, the credited agencies, and the
 * publishing site, which holds the article's title, address and date.
 * A source appears once in a chain, where it first carried the claim.
 */
function chainOf(plan: ClaimPlan, claimKey: string, parts: DraftParts, sources: DraftSources, appearancesSoFar: number): DraftAppearance[] {
  const evidence = plan.chosen.sentence.text;
  const publisher = parts.credits.publisher ? creditMention(parts.credits.publisher) : null;
  const hops = [
    actorMention(plan.claimant, evidence),
    ...plan.chosen.carriers.map((carrier) => actorMention(carrier, evidence)),
    ...parts.credits.agencies.map(creditMention),
    ...(publisher ? [publisher] : []),
  ];
  const publisherKey = publisher ? sources.add(publisher) : null;
  const chain: DraftAppearance[] = [];
  for (const hop of hops) {
    const sourceKey = sources.add(hop);
    if (chain.some((appearance) => appearance.sourceKey === sourceKey)) continue;
    chain.push({
      key: `appearance-${appearancesSoFar + chain.length + 1}`,
      claimKey,
      sourceKey,
      viaKey: chain.at(-1)?.key ?? null,
      ...(chain.length === 0 && plan.quote ? { quote: plan.quote } : {}),
      ...(sourceKey === publisherKey ? articleDetails(parts) : {}),
      evidence: hop.evidence,
    });
  }
  return chain;
}

/** What the publishing site's appearance carries: the article's title, address and date. */
function articleDetails(parts: DraftParts): Pick<DraftAppearance, "title" | "url" | "publishedAt"> {
  return {
    ...(parts.headline ? { title: parts.headline } : {}),
    ...(parts.credits.url ? { url: parts.credits.url } : {}),
    ...(parts.publication ? { publishedAt: parts.publication.publishedAt } : {}),
  };
}

function actorMention(actor: ActorMention, evidence: string): SourceMention {
  return { name: actor.name, kind: actor.kind, person: actor.person, evidence };
}

function creditMention(credit: CreditedSource): SourceMention {
  return { name: credit.name, kind: credit.kind, person: null, evidence: credit.evidence };
}
