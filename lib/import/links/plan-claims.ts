import { hasDenialPhrase, onlyReferencesReport, stanceOf, vouchesForTruth } from "@/lib/import/stance/extract-stance";
import type { ActorMention } from "@/lib/import/entities/read-actor";
import { cleanContent, type Statement } from "@/lib/import/statements/statement-context";

// Which claims the statements make. One claim per report — its origin and
// the outlets that carried it — and one per denial or confirmation, merging
// a body's answer with its spokesperson's words ("نفى الكرملين …" and "ورد
// بيسكوف “…”" are one denial, by Peskov, in his words).

/** A claim before it has keys: who said it, in which words, and the statements behind it. */
export interface ClaimPlan {
  role: "reported" | "denial" | "confirmation";
  claimant: ActorMention;
  /** The statement whose words, sentence and carriers the claim takes. */
  chosen: Statement;
  text: string;
  summary: string | undefined;
  quote: string | null;
  /** Every statement the claim stands for, in article order. */
  statements: Statement[];
}

/** What makes two mentions the same source (see DraftSources.identityOf). */
export type Identity = (actor: { name: string }) => string;

export function planClaims(statements: Statement[], identity: Identity): { reports: ClaimPlan[]; answers: ClaimPlan[] } {
  const answers = planAnswers(statements.filter((statement) => stanceOf(statement) !== null), identity);
  // What an answering party says besides its answer elaborates on the answer; it is not a report of its own.
  const answeringParties = new Set(answers.flatMap((plan) => plan.statements.map((statement) => partyOf(statement.speaker, identity))));
  const reports = planReports(
    statements.filter(
      (statement) =>
        stanceOf(statement) === null && !statement.continuation && !answeringParties.has(partyOf(statement.speaker, identity)),
    ),
    identity,
  );
  return { reports, answers };
}

/** Whom a speaker answers for: a spokesperson speaks for their body. */
export function partyOf(actor: ActorMention, identity: Identity): string {
  const affiliation = actor.person?.affiliation;
  return affiliation ? identity({ name: affiliation }) : identity(actor);
}

/** Denials and confirmations, one per party and stance, in the spokesperson's words where there are some. */
function planAnswers(statements: Statement[], identity: Identity): ClaimPlan[] {
  const groups = groupBy(statements, (statement) => `${stanceOf(statement)}|${partyOf(statement.speaker, identity)}`);
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const stance = stanceOf(first)!;
    const claimant = group.find((statement) => statement.speaker.kind === "person")?.speaker ?? first.speaker;
    const saysItInOwnWords = (quote: string | null) =>
      quote !== null && (stance === "denial" ? hasDenialPhrase(quote) : vouchesForTruth(quote));
    const chosen =
      group.find((statement) => saysItInOwnWords(statement.quote)) ??
      group.find((statement) => statement.quote !== null && identity(statement.speaker) === identity(claimant)) ??
      // "نفى … ما تردد من أنباء حول …" names what is denied; "وأوضح … أن ذلك غير صحيح" is the denial in the denier's words.
      group.find((statement) => statement.verb !== "deny" && saysItInOwnWords(statement.content)) ??
      group.find((statement) => !onlyReferencesReport(statement.content)) ??
      first;
    return { role: stance, claimant, chosen, text: answerText(chosen), summary: undefined, quote: chosen.quote, statements: group };
  });
}

/**
 * An answer's words: its quotation, else what it said — unless that only
 * points at the report ("ونفت الحكومة ذلك"), when the sentence itself is
 * the answer.
 */
function answerText(statement: Statement): string {
  if (statement.quote !== null) return statement.quote;
  return onlyReferencesReport(statement.content) ? cleanContent(statement.sentence.text) : statement.content;
}

/**
 * Reports, one per outlet and origin: "أفاد تقرير بلومبرج بأن …" and
 * "نقلت بلومبرج عن شخصين … أن …" are one claim by the two people, carried by
 * Bloomberg; the outlet's own first wording becomes its summary.
 */
function planReports(statements: Statement[], identity: Identity): ClaimPlan[] {
  const byOutlet = groupBy(statements, (statement) => identity(statement.carriers.at(-1) ?? statement.speaker));
  return [...byOutlet.values()].flatMap((group) => {
    const first = group[0]!;
    const byOrigin = groupBy(
      group.filter((statement) => statement.carriers.length > 0),
      (statement) => identity(statement.speaker),
    );
    if (byOrigin.size === 0) return [reportPlan(first, group, undefined)];
    return [...byOrigin.values()].map((fromOrigin, index) => {
      const outletSummarisedFirst = index === 0 && first.carriers.length === 0;
      return reportPlan(fromOrigin[0]!, index === 0 ? group : fromOrigin, outletSummarisedFirst ? first.content : undefined);
    });
  });
}

function reportPlan(chosen: Statement, statements: Statement[], summary: string | undefined): ClaimPlan {
  return { role: "reported", claimant: chosen.speaker, chosen, text: chosen.content, summary, quote: chosen.quote, statements };
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
