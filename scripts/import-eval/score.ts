import type { ImportDraft } from "@/lib/import/import-draft.types";
import { normalizeArabic } from "@/lib/text/normalize-arabic";

// Scores one parsed draft against one article's field-level ground truth (the
// keys of the corpus' expected.json, explained in its README). Every field is
// read where the draft keeps it, never "the string appears somewhere": the
// answer's claimant is its claim's `claimantKey` source, the answered claim is
// the link's `toKey`, the outlet is a hop of that claim's chain.

export interface Expectation {
  headline?: string;
  publishedDate?: string;
  /** Names the publishing outlet goes by; scored only when the text names it. */
  publisherNames?: string[];
  denial?: boolean;
  confirmation?: boolean;
  denialSpeakerContains?: string;
  denialQuoteContains?: string;
  speakerContains?: string;
  quoteContains?: string;
  reportingOutletContains?: string;
  sourcesContain?: string[];
  chain?: string[];
  tags?: string[];
}

export const FIELDS = [
  "headline",
  "date",
  "publisher",
  "sources",
  "chain",
  "answerClaimant",
  "answerText",
  "answeredClaim",
  "answeredOutlet",
  "linkType",
  "noInventedLink",
  "tags",
] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  /** What was expected and not found, or found and not expected, for the reader of the report. */
  misses: string[];
}

export type ArticleScore = Partial<Record<Field, FieldScore>>;

type Claim = ImportDraft["claims"][number];
type AnswerType = "denies" | "confirms";

/** The form names are compared in: normalized, with Persian letters and final forms folded the way pasted text mixes them. */
export function comparable(text: string): string {
  return normalizeArabic(text)
    .replace(/[یى]/g, "ي")
    .replace(/ھ/g, "ه")
    .replace(/ک/g, "ك")
    .replace(/ة/g, "ه")
    .replace(/[«»"“”„'‘’`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function contains(haystack: string, needle: string): boolean {
  const n = comparable(needle);
  return n !== "" && comparable(haystack).includes(n);
}

// A name written with a preposition or conjunction glued on ("للجوهرة", "بالجوهرة", "وCNN").
const CLITICS = "(?:[وف]?(?:[بلك]|لل)?)";

/** Whether the text names something as a word of its own (optionally behind a glued preposition). */
export function namesWord(text: string, name: string): boolean {
  const bare = comparable(name);
  const stem = bare.startsWith("ال") ? `(?:${escape(bare)}|${escape(bare.slice(2))})` : escape(bare);
  return new RegExp(`(?<![\\p{L}\\p{N}])${CLITICS}${stem}(?![\\p{L}\\p{N}])`, "u").test(comparable(text));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

class Draft {
  constructor(readonly draft: ImportDraft) {}

  source(key: string | null) {
    return this.draft.sources.find((source) => source.key === key);
  }

  /** A source's name, and the name as "role + affiliation" ("المتحدث باسم الكرملين"), which a speaker may be expected by. */
  namesOf(key: string | null): string[] {
    const source = this.source(key);
    if (!source) return [];
    const affiliation = this.source(source.affiliationKey);
    return [
      source.name,
      ...(affiliation ? [affiliation.name, `${source.role ?? ""} ${affiliation.name}`.trim()] : []),
      ...(source.role ? [`${source.role} ${source.name}`] : []),
    ];
  }

  claim(key: string): Claim | undefined {
    return this.draft.claims.find((claim) => claim.key === key);
  }

  /** Source names of a claim's chain, from the printing outlet back to the origin (the order the ground truth lists them). */
  chain(claimKey: string): string[] {
    const appearances = this.draft.appearances.filter((appearance) => appearance.claimKey === claimKey);
    const names: string[] = [];
    const seen = new Set<string>();
    for (let hop = appearances.find((a) => a.viaKey === null); hop && !seen.has(hop.key); hop = appearances.find((a) => a.viaKey === hop!.key)) {
      seen.add(hop.key);
      names.push(this.source(hop.sourceKey)?.name ?? "?");
    }
    return names.reverse();
  }

  /** The claim's words as the draft holds them: its text, summary and the origin's quote. */
  wordsOf(claim: Claim): string {
    const quotes = this.draft.appearances.filter((a) => a.claimKey === claim.key && a.quote).map((a) => a.quote);
    return [claim.text, claim.summary ?? "", ...quotes].join(" \n ");
  }

  answers(type: AnswerType) {
    return this.draft.links
      .filter((link) => link.type === type)
      .map((link) => ({ link, from: this.claim(link.fromKey), to: this.claim(link.toKey) }))
      .filter((answer): answer is { link: typeof answer.link; from: Claim; to: Claim } => !!answer.from && !!answer.to);
  }
}

const empty = (): FieldScore => ({ tp: 0, fp: 0, fn: 0, misses: [] });

/** One value expected, one (or none) found: right, or both a false positive and a miss. */
function single(expected: string | undefined, found: string | null | undefined, right: boolean): FieldScore {
  const score = empty();
  if (right) score.tp = 1;
  else {
    if (expected !== undefined) score.fn = 1;
    if (found) score.fp = 1;
    score.misses.push(`expected ${JSON.stringify(expected ?? null)}, got ${JSON.stringify(found ?? null)}`);
  }
  return score;
}

function add(into: FieldScore | undefined, more: FieldScore): FieldScore {
  if (!into) return more;
  return { tp: into.tp + more.tp, fp: into.fp + more.fp, fn: into.fn + more.fn, misses: [...into.misses, ...more.misses] };
}

export function scoreArticle(text: string, draft: ImportDraft, expected: Expectation): ArticleScore {
  const d = new Draft(draft);
  const score: ArticleScore = {};

  if (expected.headline !== undefined) {
    score.headline = single(expected.headline, draft.article.headline, draft.article.headline === expected.headline);
  }
  if (expected.publishedDate !== undefined) {
    const day = draft.article.publishedAt?.slice(0, 10) ?? null;
    score.date = single(expected.publishedDate, draft.article.publishedAt, day === expected.publishedDate);
  }
  const named = (expected.publisherNames ?? []).filter((name) => namesWord(text, name));
  if (named.length > 0) {
    const found = draft.article.publisherName;
    score.publisher = single(named.join(" | "), found, !!found && named.some((name) => contains(found, name)));
  }

  const references = [
    ...(expected.sourcesContain ?? []),
    ...(expected.chain ?? []),
    ...[expected.denialSpeakerContains, expected.speakerContains, expected.reportingOutletContains].filter((name) => name !== undefined),
    ...named,
  ];
  if (expected.sourcesContain) score.sources = scoreSources(d, expected.sourcesContain, references);
  if (expected.chain) score.chain = scoreChain(d, expected.chain);

  const expectedAnswers: { type: AnswerType; speaker?: string; quote?: string }[] = [];
  if (expected.denial) expectedAnswers.push({ type: "denies", speaker: expected.denialSpeakerContains, quote: expected.denialQuoteContains });
  if (expected.confirmation) expectedAnswers.push({ type: "confirms", speaker: expected.speakerContains, quote: expected.quoteContains });

  for (const want of expectedAnswers) {
    const answers = d.answers(want.type);
    const label = want.type === "denies" ? "denial" : "confirmation";
    if (want.speaker !== undefined) {
      const speakers = answers.flatMap((answer) => d.namesOf(answer.from.claimantKey));
      const right = speakers.some((name) => contains(name, want.speaker!));
      score.answerClaimant = add(score.answerClaimant, single(`${label}: ${want.speaker}`, speakers.join(" / "), right));
    }
    if (want.quote !== undefined) {
      const right = answers.some((answer) => contains(d.wordsOf(answer.from), want.quote!));
      const found = answers.map((answer) => answer.from.text.slice(0, 80)).join(" / ");
      score.answerText = add(score.answerText, single(`${label}: ${want.quote}`, found, right));
    }
    score.answeredClaim = add(score.answeredClaim, scoreAnsweredClaim(d, answers, want.quote, expected, label));
    if (expected.reportingOutletContains !== undefined) {
      const outlet = expected.reportingOutletContains;
      const carriers = answers.map((answer) => [...d.namesOf(answer.to.claimantKey), ...d.chain(answer.to.key)]);
      const right = carriers.some((names) => names.some((name) => contains(name, outlet)));
      const found = carriers.map((names) => names.join(" → ")).join(" / ");
      score.answeredOutlet = add(score.answeredOutlet, single(`${label} answers what ${outlet} carried`, found, right));
    }
  }

  score.linkType = scoreLinkTypes(d, expected);
  if (expected.denial === false && expected.confirmation === false) {
    const links = draft.links.map((link) => `${link.type} ${link.fromKey}→${link.toKey}`);
    score.noInventedLink = single("no link", links.join(", "), links.length === 0);
  }
  if (expected.tags) score.tags = scoreSet(expected.tags, draft.tags, (found, want) => comparable(found) === comparable(want));
  return score;
}

/**
 * Recall: every name the ground truth says must be extracted is (inside) a
 * source's name. Precision: a proposed source counts as right when its name
 * (or its role and affiliation) holds one of the article's expected names,
 * and so does the institution a right source speaks for; the ground truth lists the
 * sources that must be found, not every source there is, so this is a lower
 * bound, and the unmatched names are listed for a person to judge.
 */
function scoreSources(d: Draft, required: string[], references: string[]): FieldScore {
  const score = empty();
  for (const want of required) {
    if (d.draft.sources.some((source) => d.namesOf(source.key).some((name) => contains(name, want)))) score.tp++;
    else {
      score.fn++;
      score.misses.push(`missing ${want}`);
    }
  }
  const right = (key: string) => d.namesOf(key).some((name) => references.some((reference) => contains(name, reference)));
  for (const source of d.draft.sources) {
    // An institution is right as the affiliation of a right source ("المتحدث باسم الكرملين" → الكرملين).
    const affiliationOfRight = d.draft.sources.some((other) => other.affiliationKey === source.key && right(other.key));
    if (!right(source.key) && !affiliationOfRight) {
      score.fp++;
      score.misses.push(`unexpected ${source.name}`);
    }
  }
  return score;
}

/**
 * The expected chain (printing outlet → … → origin) against the draft claim
 * whose chain matches it best: hops matched in order are right, expected hops
 * not matched are missed, hops of that chain matching nothing are wrong.
 */
function scoreChain(d: Draft, expected: string[]): FieldScore {
  let best: { matched: number; extra: number; names: string[] } = { matched: 0, extra: 0, names: [] };
  for (const claim of d.draft.claims) {
    const names = d.chain(claim.key);
    const matched = orderedMatches(names, expected);
    const extra = names.filter((name) => !expected.some((want) => contains(name, want))).length;
    if (matched > best.matched || (matched === best.matched && matched > 0 && extra < best.extra)) best = { matched, extra, names };
  }
  const score: FieldScore = { tp: best.matched, fp: best.extra, fn: expected.length - best.matched, misses: [] };
  if (score.fp || score.fn) score.misses.push(`expected ${expected.join(" → ")}, best ${best.names.join(" → ") || "(none)"}`);
  return score;
}

/** Longest common subsequence of the found chain and the expected one, a hop matching when its name holds the expected name. */
function orderedMatches(found: string[], expected: string[]): number {
  const table = Array.from({ length: found.length + 1 }, () => new Array<number>(expected.length + 1).fill(0));
  for (let i = 1; i <= found.length; i++) {
    for (let j = 1; j <= expected.length; j++) {
      table[i]![j] = contains(found[i - 1]!, expected[j - 1]!)
        ? table[i - 1]![j - 1]! + 1
        : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  return table[found.length]![expected.length]!;
}

/**
 * The answer links to a claim that is not itself an answer, not said by the
 * one who answers, and not the answer's own words; where the ground truth
 * gives the answered claim's chain, the claim carries its origin.
 */
function scoreAnsweredClaim(
  d: Draft,
  answers: ReturnType<Draft["answers"]>,
  answerQuote: string | undefined,
  expected: Expectation,
  label: string,
): FieldScore {
  const origin = expected.chain?.at(-1);
  const speakers = [expected.denialSpeakerContains, expected.speakerContains].filter((speaker) => speaker !== undefined);
  // The ground truth's chain is either the answer's (it ends at who answers) or the answered claim's.
  const chainIsOfAnsweredClaim =
    origin !== undefined && !speakers.some((speaker) => contains(origin, speaker) || contains(speaker, origin));
  const problems: string[] = [];
  const right = answers.some(({ from, to }) => {
    const wrong: string[] = [];
    if (to.role !== "reported") wrong.push(`links to a ${to.role}`);
    if (to.claimantKey === from.claimantKey) wrong.push("links to the answerer's own statement");
    if (answerQuote && contains(d.wordsOf(to), answerQuote)) wrong.push("links to the answer's words");
    if (chainIsOfAnsweredClaim && ![...d.chain(to.key), ...d.namesOf(to.claimantKey)].some((name) => contains(name, origin))) {
      wrong.push(`answered claim does not come from ${origin}`);
    }
    problems.push(`${to.key} (${to.text.slice(0, 50)}): ${wrong.join(", ")}`);
    return wrong.length === 0;
  });
  return single(`${label} links to the claim it answers`, answers.length ? problems.join("; ") : null, right);
}

function scoreLinkTypes(d: Draft, expected: Expectation): FieldScore {
  const score = empty();
  for (const [type, wanted] of [["denies", expected.denial], ["confirms", expected.confirmation]] as const) {
    if (wanted === undefined) continue;
    const found = d.answers(type).length > 0;
    if (wanted && found) score.tp++;
    if (wanted && !found) {
      score.fn++;
      score.misses.push(`no ${type} link`);
    }
    if (!wanted && found) {
      score.fp++;
      score.misses.push(`unexpected ${type} link`);
    }
  }
  for (const link of d.draft.links) {
    if (link.type !== "denies" && link.type !== "confirms") {
      score.fp++;
      score.misses.push(`unexpected ${link.type} link`);
    }
  }
  return score;
}

function scoreSet(expected: string[], found: string[], same: (found: string, want: string) => boolean): FieldScore {
  const score = empty();
  for (const want of expected) {
    if (found.some((item) => same(item, want))) score.tp++;
    else {
      score.fn++;
      score.misses.push(`missing ${want}`);
    }
  }
  for (const item of found) {
    if (!expected.some((want) => same(item, want))) {
      score.fp++;
      score.misses.push(`unexpected ${item}`);
    }
  }
  return score;
}

export interface Totals {
  tp: number;
  fp: number;
  fn: number;
}

export function precision(t: Totals): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}

export function recall(t: Totals): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}

export function f1(t: Totals): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function sum(scores: (FieldScore | undefined)[]): Totals {
  return scores.reduce<Totals>((t, s) => (s ? { tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn } : t), { tp: 0, fp: 0, fn: 0 });
}
