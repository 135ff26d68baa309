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

  const claimKeys = new Map(plans.map((plan, index) => [plan, `claim-${index + 1}`]));
  const claims: DraftClaim[] = [];
  const appearances: DraftAppearance[] = [];
  plans.forEach((plan) => {
    const key = claimKeys.get(plan)!;
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
    links: linkAnswers(reports, answers, claimKeys, identity),
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
 * Each answer links to the report it answers: the first one its sentences
 * name ("تقريرا لوكالة بلومبرج"), by origin or outlet, else the first report.
 */
function linkAnswers(
  reports: ClaimPlan[],
  answers: ClaimPlan[],
  claimKeys: Map<ClaimPlan, string>,
  identity: (actor: { name: string }) => string,
): DraftLink[] {
  const reportsByName = indexReportsByName(reports);
  return answers.flatMap((answer) => {
    const party = partyOf(answer.claimant, identity);
    const isOtherParty = (report: ClaimPlan) => partyOf(report.claimant, identity) !== party;
    const named = answer.statements
      .map((statement) => ({ statement, report: reportNamedIn(statement.sentence.text, reportsByName, isOtherParty) }))
      .find(({ report }) => report !== undefined);
    const target = named?.report ?? reports.find(isOtherParty);
    if (!target) return [];
    return [
      {
        fromKey: claimKeys.get(answer)!,
        toKey: claimKeys.get(target)!,
        type: answer.role === "denial" ? "denies" : "confirms",
        evidence: (named?.statement ?? answer.statements[0]!).sentence.text,
      },
    ];
  });
}

// Long enough for "وكالة الأنباء الرسمية" or "شخصان مقربان من الكرملين".
const MAX_NAME_WORDS = 5;
// Shorter keys would be found inside unrelated words.
const MIN_NAME_KEY = 3;

/** Reports by the spelling key of every name they go by: their origin and whoever carried them. */
function indexReportsByName(reports: ClaimPlan[]): Map<string, ClaimPlan[]> {
  const byName = new Map<string, ClaimPlan[]>();
  for (const report of reports) {
    for (const actor of [report.claimant, ...report.chosen.carriers]) {
      const key = spellingKey(actor.name);
      if (key.length >= MIN_NAME_KEY) byName.set(key, [...(byName.get(key) ?? []), report]);
    }
  }
  return byName;
}

/**
 * The first report a sentence names, reading word by word. Spelling keys
 * join without spaces, so a phrase's key is its words' keys run together;
 * each word is also tried without an attached preposition ("لبلومبرج").
 */
function reportNamedIn(sentence: string, reportsByName: Map<string, ClaimPlan[]>, accept: (report: ClaimPlan) => boolean) {
  const words = sentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const keys = words.map(spellingKey);
  const withoutPreposition = words.map((word) => spellingKey(word.replace(/^[لبوف]/u, "")));
  for (let i = 0; i < words.length; i++) {
    for (let length = 1; length <= MAX_NAME_WORDS && i + length <= words.length; length++) {
      const rest = keys.slice(i + 1, i + length).join("");
      for (const first of [keys[i], withoutPreposition[i]]) {
        const report = reportsByName.get(first + rest)?.find(accept);
        if (report) return report;
      }
    }
  }
  return undefined;
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
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
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
  const noteKind = (actor: { name: string; kind: DraftSourceKind }) => {
    const identity = identityOf(actor.name);
    if (actor.kind !== "other" && !kindByIdentity.has(identity)) kindByIdentity.set(identity, actor.kind);
  };
  const add = (hop: Hop): string => {
    const identity = identityOf(hop.name);
    const existing = byIdentity.get(identity);
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
    byIdentity.set(identity, source);
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
