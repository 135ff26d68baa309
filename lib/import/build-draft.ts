import type { Statement } from "./extract-attribution";
import type { Credits, CreditedSource } from "./extract-credits";
import { resolveRelativeDate, type PublicationDate } from "./extract-date";
import type { PersonMention } from "./extract-people";
import { hasDenialPhrase, stanceOf, vouchesForTruth, type Stance } from "./extract-stance";
import { guessSourceKind } from "./guess-source-kind";
import type {
  DraftAppearance,
  DraftClaim,
  DraftLink,
  DraftRelated,
  DraftSource,
  DraftSourceKind,
  ImportDraft,
} from "./import-draft.types";
import type { SourceMatcher } from "./match-sources";
import type { ActorMention } from "./read-actor";
import { spellingKey } from "./spelling-key";

// Turns what the extractors found into the editable draft: one claim per
// report (its origin and the outlets that carried it), one per denial or
// confirmation (merging "نفى الكرملين" with his spokesman's quote), links
// from the answers to the report they answer, and for every claim its chain
// of appearances out to the agencies and the publishing site.

export interface DraftParts {
  headline: string;
  publication: PublicationDate | null;
  credits: Credits;
  statements: Statement[];
  tags: string[];
  related: DraftRelated[];
  matchSource: SourceMatcher;
}

/** A claim before it has keys: who said it, in which words, and the statements behind it. */
interface ClaimPlan {
  role: "reported" | "denial" | "confirmation";
  claimant: ActorMention;
  /** The statement whose words and carriers the claim takes. */
  chosen: Statement;
  text: string;
  summary: string | undefined;
  quote: string | null;
  statements: Statement[];
}

interface Hop {
  name: string;
  kind: DraftSourceKind;
  person: PersonMention | null;
  evidence: string;
}

export function buildDraft(parts: DraftParts): ImportDraft {
  const sources = createSourceList(parts.matchSource);
  for (const statement of parts.statements) [statement.speaker, ...statement.carriers].forEach(sources.noteKind);
  const identity = (actor: { name: string }) => sources.identityOf(actor.name);
  const stances = new Map(parts.statements.map((statement) => [statement, stanceOf(statement)]));
  const answers = planAnswers(parts.statements.filter((statement) => stances.get(statement)), stances, identity);
  const answeringParties = new Set(answers.flatMap((plan) => plan.statements.map((statement) => partyOf(statement.speaker, identity))));
  const reports = planReports(
    parts.statements.filter(
      (statement) => !stances.get(statement) && !statement.continuation && !answeringParties.has(partyOf(statement.speaker, identity)),
    ),
    identity,
  );
  const plans = [...reports, ...answers];
  const publishedOn = parts.publication?.day ?? null;

  const claims: DraftClaim[] = [];
  const appearances: DraftAppearance[] = [];
  plans.forEach((plan, index) => {
    const key = `claim-${index + 1}`;
    claims.push(toClaim(plan, key, sources.add(hopOf(plan.claimant, plan.chosen.sentence.text)), publishedOn));
    appearances.push(...chainOf(plan, key, parts, sources, appearances.length));
  });
  const publisherKey = parts.credits.publisher ? sources.add(creditHop(parts.credits.publisher)) : null;
  parts.credits.agencies.forEach((agency) => sources.add(creditHop(agency)));

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
    links: linkAnswers(reports, answers, plans, identity),
    appearances,
    tags: parts.tags,
    related: parts.related,
  };
}

/** Whom a speaker answers for: a spokesperson speaks for their body. */
function partyOf(actor: ActorMention, identity: (actor: { name: string }) => string): string {
  const affiliation = actor.person?.affiliation;
  return affiliation ? identity({ name: affiliation }) : identity(actor);
}

/**
 * Denials and confirmations, one per party and stance: "نفى الكرملين …" and
 * "ورد بيسكوف “…”" are one denial, by the spokesman, in his words.
 */
function planAnswers(
  statements: Statement[],
  stances: Map<Statement, Stance | null>,
  identity: (actor: { name: string }) => string,
): ClaimPlan[] {
  const groups = groupBy(statements, (statement) => `${stances.get(statement)}|${partyOf(statement.speaker, identity)}`);
  return [...groups.values()].map((group) => {
    const stance = stances.get(group[0]!)!;
    const claimant = group.find((statement) => statement.speaker.kind === "person")?.speaker ?? group[0]!.speaker;
    const inOwnWords = (quote: string | null) =>
      quote !== null && (stance === "denial" ? hasDenialPhrase(quote) : vouchesForTruth(quote));
    const chosen =
      group.find((statement) => inOwnWords(statement.quote)) ??
      group.find((statement) => statement.quote !== null && identity(statement.speaker) === identity(claimant)) ??
      group[0]!;
    return {
      role: stance,
      claimant,
      chosen,
      text: chosen.quote ?? chosen.content,
      summary: undefined,
      quote: chosen.quote,
      statements: group,
    };
  });
}

/**
 * Reports, one per outlet and origin: "أفاد تقرير بلومبرج بأن …" and
 * "نقلت بلومبرج عن شخصين … أن …" are one claim by the two people, carried by
 * Bloomberg; the first wording becomes its summary.
 */
function planReports(statements: Statement[], identity: (actor: { name: string }) => string): ClaimPlan[] {
  const byOutlet = groupBy(statements, (statement) => identity(statement.carriers.at(-1) ?? statement.speaker));
  return [...byOutlet.values()].flatMap((group) => {
    const first = group[0]!;
    const byOrigin = groupBy(
      group.filter((statement) => statement.carriers.length > 0),
      (statement) => identity(statement.speaker),
    );
    if (byOrigin.size === 0) return [reportPlan(first, group, undefined)];
    return [...byOrigin.values()].map((fromOrigin, index) => {
      const opensWithOutletsWords = index === 0 && first.carriers.length === 0;
      return reportPlan(
        fromOrigin[0]!,
        index === 0 ? group : fromOrigin,
        opensWithOutletsWords ? first.content : undefined,
      );
    });
  });
}

function reportPlan(chosen: Statement, statements: Statement[], summary: string | undefined): ClaimPlan {
  return { role: "reported", claimant: chosen.speaker, chosen, text: chosen.content, summary, quote: chosen.quote, statements };
}

function toClaim(plan: ClaimPlan, key: string, claimantKey: string, publishedOn: string | null): DraftClaim {
  const saidAt = plan.statements.map((statement) => resolveRelativeDate(statement.dateSpan, publishedOn)).find(Boolean) ?? publishedOn;
  return {
    key,
    claimantKey,
    text: plan.text,
    ...(plan.summary && plan.summary !== plan.text ? { summary: plan.summary } : {}),
    saidAt,
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
 */
function chainOf(
  plan: ClaimPlan,
  claimKey: string,
  parts: DraftParts,
  sources: SourceList,
  appearancesSoFar: number,
): DraftAppearance[] {
  const evidence = plan.chosen.sentence.text;
  const hops = [
    hopOf(plan.claimant, evidence),
    ...plan.chosen.carriers.map((carrier) => hopOf(carrier, evidence)),
    ...parts.credits.agencies.map(creditHop),
    ...(parts.credits.publisher ? [creditHop(parts.credits.publisher)] : []),
  ];
  const seen = new Set<string>();
  const chain: DraftAppearance[] = [];
  for (const hop of hops) {
    const sourceKey = sources.add(hop);
    if (seen.has(sourceKey)) continue;
    seen.add(sourceKey);
    chain.push({
      key: `appearance-${appearancesSoFar + chain.length + 1}`,
      claimKey,
      sourceKey,
      viaKey: chain.at(-1)?.key ?? null,
      ...(chain.length === 0 && plan.quote ? { quote: plan.quote } : {}),
      evidence: hop.evidence,
    });
  }
  const publisherKey = parts.credits.publisher ? sources.add(creditHop(parts.credits.publisher)) : null;
  const published = chain.find((appearance) => appearance.sourceKey === publisherKey);
  if (published) {
    Object.assign(published, {
      ...(parts.headline ? { title: parts.headline } : {}),
      ...(parts.credits.url ? { url: parts.credits.url } : {}),
      ...(parts.publication ? { publishedAt: parts.publication.publishedAt } : {}),
    });
  }
  return chain;
}

/**
 * Each answer links to the report it answers: the one whose origin or
 * outlet its sentences name ("تقريرا لوكالة بلومبرج"), else the first report.
 */
function linkAnswers(
  reports: ClaimPlan[],
  answers: ClaimPlan[],
  plans: ClaimPlan[],
  identity: (actor: { name: string }) => string,
): DraftLink[] {
  const keyOf = (plan: ClaimPlan) => `claim-${plans.indexOf(plan) + 1}`;
  return answers.flatMap((answer) => {
    const candidates = reports.filter((report) => partyOf(report.claimant, identity) !== partyOf(answer.claimant, identity));
    const naming = (report: ClaimPlan) =>
      answer.statements.find((statement) => [report.claimant, ...report.chosen.carriers].some((actor) => names(statement.sentence.text, actor)));
    const target = candidates.find((report) => naming(report)) ?? candidates[0];
    if (!target) return [];
    return [
      {
        fromKey: keyOf(answer),
        toKey: keyOf(target),
        type: answer.role === "denial" ? "denies" : "confirms",
        evidence: (naming(target) ?? answer.statements[0]!).sentence.text,
      },
    ];
  });
}

function names(sentence: string, actor: ActorMention): boolean {
  const key = spellingKey(actor.name);
  return key.length >= 3 && spellingKey(sentence).includes(key);
}

function hopOf(actor: ActorMention, evidence: string): Hop {
  return { name: actor.name, kind: actor.kind, person: actor.person, evidence };
}

function creditHop(credit: CreditedSource): Hop {
  return { name: credit.name, kind: credit.kind, person: null, evidence: credit.evidence };
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

interface SourceList {
  list: DraftSource[];
  /** Adds a source (and the body a person speaks for) unless it is there already; returns its key. */
  add(hop: Hop): string;
  /** What makes two mentions the same source: the known source they match, else their spelling. */
  identityOf(name: string): string;
  /**
   * Remembers what kind a mention says a source is ("لوكالة بلومبرج" says
   * agency), for a later mention that says nothing ("نقلت بلومبرج").
   */
  noteKind(actor: { name: string; kind: DraftSourceKind }): void;
  nameOf(key: string): string | null;
}

/**
 * The draft's sources, one per identity: a known source however it is spelled
 * (بلومبرج and بلومبرغ both match it), else the spelling key of the name.
 */
function createSourceList(matchSource: SourceMatcher): SourceList {
  const list: DraftSource[] = [];
  const keyByIdentity = new Map<string, string>();
  const kindByIdentity = new Map<string, DraftSourceKind>();
  const identityOf = (name: string) => {
    const matched = matchSource(name);
    return matched ? `known:${matched.id}` : `new:${spellingKey(name)}`;
  };
  const noteKind = (actor: { name: string; kind: DraftSourceKind }) => {
    const identity = identityOf(actor.name);
    if (actor.kind !== "other" && !kindByIdentity.has(identity)) kindByIdentity.set(identity, actor.kind);
  };
  const add = (hop: Hop): string => {
    const identity = identityOf(hop.name);
    const existing = list.find((source) => source.key === keyByIdentity.get(identity));
    if (existing) {
      addRole(existing, hop.person);
      return existing.key;
    }
    const matched = matchSource(hop.name);
    const source: DraftSource = {
      key: `source-${list.length + 1}`,
      name: matched?.name ?? hop.name,
      kind: hop.kind === "other" ? (kindByIdentity.get(identity) ?? "other") : hop.kind,
      matchedSourceId: matched?.id ?? null,
      affiliationKey: null,
      role: null,
      evidence: hop.person?.evidence ?? hop.evidence,
    };
    keyByIdentity.set(identity, source.key);
    list.push(source);
    addRole(source, hop.person);
    return source.key;
  };
  const addRole = (source: DraftSource, person: PersonMention | null) => {
    if (!person || source.role !== null || source.affiliationKey !== null) return;
    source.role = person.role;
    if (person.affiliation) {
      const affiliationKey = add({ name: person.affiliation, kind: guessSourceKind(person.affiliation), person: null, evidence: person.evidence });
      source.affiliationKey = affiliationKey === source.key ? null : affiliationKey;
    }
  };
  return { list, add, identityOf, noteKind, nameOf: (key) => list.find((source) => source.key === key)?.name ?? null };
}
