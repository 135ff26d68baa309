import { normalizeArabic } from "@/lib/text/normalize-arabic";
import type { DraftAppearance, DraftArticle, DraftClaim, DraftSource, ImportDraft } from "@/lib/import/import-draft.types";

// The edits of the review screen that touch more than one piece of the
// draft, kept pure so the browser and the tests share them. The draft stays
// self-contained: whatever is removed takes what refers to it along.

/** The draft source that published the article: the one named as its publisher. */
export function publisherKeyOf(draft: ImportDraft): string | null {
  return draft.sources.find((source) => source.name === draft.article.publisherName)?.key ?? null;
}

/**
 * Edits the article, keeping the publisher's appearances of it in step: the
 * parser copied the headline, date and address onto them, so those that
 * still carry the article's headline follow each change.
 */
export function editArticle(draft: ImportDraft, patch: Partial<DraftArticle>): ImportDraft {
  const before = draft.article;
  const article = { ...before, ...patch };
  const publisherKey = publisherKeyOf(draft);
  // An optional field left empty is absent from the draft, so "" and absent are the same value.
  const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? "") === (b ?? "");
  const follow = (current: string | undefined, previous: string | null | undefined, next: string | null | undefined) =>
    same(current, previous) ? next || undefined : current;
  return {
    ...draft,
    article,
    appearances: draft.appearances.map((appearance) =>
      appearance.sourceKey === publisherKey && same(appearance.title, before.headline)
        ? {
            ...appearance,
            title: article.headline || undefined,
            publishedAt: follow(appearance.publishedAt, before.publishedAt, article.publishedAt),
            url: follow(appearance.url, before.url, article.url),
          }
        : appearance,
    ),
  };
}

/** Edits a source; renaming the publisher renames the article's publisher too. */
export function editSource(draft: ImportDraft, key: string, patch: Partial<DraftSource>): ImportDraft {
  const source = draft.sources.find((candidate) => candidate.key === key);
  const renamesPublisher = source !== undefined && patch.name !== undefined && source.name === draft.article.publisherName;
  return {
    ...draft,
    article: renamesPublisher ? { ...draft.article, publisherName: patch.name! } : draft.article,
    sources: draft.sources.map((candidate) => (candidate.key === key ? { ...candidate, ...patch } : candidate)),
  };
}

/** A new source the parser missed, to be created on save unless the editor maps it onto a known one. */
export function addSource(draft: ImportDraft, evidence: string): ImportDraft {
  const source: DraftSource = {
    key: freshKey(draft.sources, "source"),
    name: "",
    kind: "other",
    matchedSourceId: null,
    affiliationKey: null,
    role: null,
    evidence,
  };
  return { ...draft, sources: [...draft.sources, source] };
}

/** Removes a claim with its links and appearances. */
export function removeClaim(draft: ImportDraft, key: string): ImportDraft {
  return {
    ...draft,
    claims: draft.claims.filter((claim) => claim.key !== key),
    links: draft.links.filter((link) => link.fromKey !== key && link.toKey !== key),
    appearances: draft.appearances.filter((appearance) => appearance.claimKey !== key),
  };
}

/** A new hop at the end of a claim's chain, carried from its last appearance. */
export function addAppearance(draft: ImportDraft, claimKey: string, sourceKey: string, evidence: string): ImportDraft {
  const last = draft.appearances.filter((appearance) => appearance.claimKey === claimKey).at(-1);
  const appearance: DraftAppearance = { key: freshKey(draft.appearances, "appearance"), claimKey, sourceKey, viaKey: last?.key ?? null, evidence };
  return { ...draft, appearances: [...draft.appearances, appearance] };
}

/** Removes a hop; whoever carried the claim from it now carries it from the hop before. */
export function removeAppearance(draft: ImportDraft, key: string): ImportDraft {
  const removed = draft.appearances.find((appearance) => appearance.key === key);
  return {
    ...draft,
    appearances: draft.appearances
      .filter((appearance) => appearance.key !== key)
      .map((appearance) => (appearance.viaKey === key ? { ...appearance, viaKey: removed?.viaKey ?? null } : appearance)),
  };
}

export const relatedClaimKey = (index: number) => `related-${index + 1}`;

/**
 * Turns a related item ("إقرأ أيضاً") into a follow-up claim: linked as
 * context to the reported claim, published by the article's publisher under
 * its own headline. Its date is left for the editor, who must fill it in;
 * its claimant is the first draft source the item names, else the publisher.
 */
export function keepRelated(draft: ImportDraft, index: number): ImportDraft {
  const related = draft.related[index];
  const key = relatedClaimKey(index);
  if (!related || draft.claims.some((claim) => claim.key === key)) return draft;
  const publisherKey = publisherKeyOf(draft);
  const claimantKey = sourceNamedIn(draft.sources, related.text) ?? sourceNamedIn(draft.sources, related.headline) ?? publisherKey ?? draft.sources[0]?.key;
  if (!claimantKey) return draft;
  const text = related.text.trim();
  const claim: DraftClaim = {
    key,
    claimantKey,
    text: text || related.headline,
    ...(text ? { summary: related.headline } : {}),
    saidAt: null,
    saidAtPrecision: "day",
    language: "ar",
    role: "context",
    evidence: related.headline,
  };
  const reported = draft.claims.find((candidate) => candidate.role === "reported");
  return {
    ...draft,
    claims: [...draft.claims, claim],
    links: reported ? [...draft.links, { fromKey: key, toKey: reported.key, type: "context", evidence: related.headline }] : draft.links,
    appearances: publisherKey
      ? [...draft.appearances, { key: `${key}-appearance`, claimKey: key, sourceKey: publisherKey, viaKey: null, title: related.headline, evidence: related.headline }]
      : draft.appearances,
  };
}

function sourceNamedIn(sources: DraftSource[], text: string): string | undefined {
  const haystack = normalizeArabic(text);
  return sources.find((source) => source.name.trim() !== "" && haystack.includes(normalizeArabic(source.name)))?.key;
}

function freshKey(items: { key: string }[], prefix: string): string {
  const taken = new Set(items.map((item) => item.key));
  let n = items.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
