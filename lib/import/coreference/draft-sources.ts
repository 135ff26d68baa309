import type { PersonMention } from "@/lib/import/entities/extract-people";
import { guessSourceKind } from "@/lib/import/lexicon/guess-source-kind";
import type { DraftSource, DraftSourceKind } from "@/lib/import/import-draft.types";
import type { SourceMatcher } from "./match-sources";
import { spellingKey } from "@/lib/import/lexicon/spelling-key";

// The draft's sources, one per identity: a known source however it is spelled
// (بلومبرج and بلومبرغ both match it), else the spelling key of the name.

/** A source as the article mentions it, with the sentence that shows it. */
export interface SourceMention {
  name: string;
  kind: DraftSourceKind;
  person: PersonMention | null;
  evidence: string;
}

export interface DraftSources {
  list: DraftSource[];
  /** Adds a source (and the body a person speaks for) unless it is there already; returns its key. */
  add(mention: SourceMention): string;
  /** What makes two mentions the same source: the known source they match, else their spelling. */
  identityOf(name: string): string;
  /**
   * Remembers what kind a mention says a source is ("لوكالة بلومبرج" says
   * agency), for a later mention that says nothing ("نقلت بلومبرج").
   */
  noteKind(mention: { name: string; kind: DraftSourceKind }): void;
  nameOf(key: string): string | null;
}

export function createDraftSources(matchSource: SourceMatcher): DraftSources {
  const list: DraftSource[] = [];
  const byIdentity = new Map<string, DraftSource>();
  const kindByIdentity = new Map<string, DraftSourceKind>();
  const identities = new Map<string, string>();

  const identityOf = (name: string) => {
    let identity = identities.get(name);
    if (identity === undefined) {
      const matched = matchSource(name);
      identity = matched ? `known:${matched.id}` : `new:${spellingKey(name)}`;
      identities.set(name, identity);
    }
    return identity;
  };

  const noteKind = (mention: { name: string; kind: DraftSourceKind }) => {
    const identity = identityOf(mention.name);
    if (mention.kind !== "other" && !kindByIdentity.has(identity)) kindByIdentity.set(identity, mention.kind);
  };

  const add = (mention: SourceMention): string => {
    const identity = identityOf(mention.name);
    const existing = byIdentity.get(identity);
    if (existing) {
      addRole(existing, mention.person);
      return existing.key;
    }
    const matched = matchSource(mention.name);
    const source: DraftSource = {
      key: `source-${list.length + 1}`,
      name: matched?.name ?? mention.name,
      kind: mention.kind === "other" ? (kindByIdentity.get(identity) ?? "other") : mention.kind,
      matchedSourceId: matched?.id ?? null,
      affiliationKey: null,
      role: null,
      evidence: mention.person?.evidence ?? mention.evidence,
    };
    byIdentity.set(identity, source);
    list.push(source);
    addRole(source, mention.person);
    return source.key;
  };

  /** A person's role, and the body they speak for as a source of its own. */
  const addRole = (source: DraftSource, person: PersonMention | null) => {
    if (!person || source.role !== null || source.affiliationKey !== null) return;
    source.role = person.role;
    if (!person.affiliation) return;
    const affiliation = { name: person.affiliation, kind: guessSourceKind(person.affiliation), person: null, evidence: person.evidence };
    const affiliationKey = add(affiliation);
    source.affiliationKey = affiliationKey === source.key ? null : affiliationKey;
  };

  return { list, add, identityOf, noteKind, nameOf: (key) => list.find((source) => source.key === key)?.name ?? null };
}
