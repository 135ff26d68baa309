import type { DraftLink } from "@/lib/import/import-draft.types";
import { partyOf, type ClaimPlan, type Identity } from "./plan-claims";
import { spellingKey } from "@/lib/import/lexicon/spelling-key";

// A denial denies, and a confirmation confirms, the report it answers: one
// its own sentences hold ("نفى … ما تردد من أنباء حول …"), else the first
// one they name ("نفى الكرملين تقريرا لوكالة بلومبرج"), by origin or outlet,
// else the article's first report from another party.

// Long enough for "وكالة الأنباء الرسمية" or "شخصان مقربان من الكرملين".
const MAX_NAME_WORDS = 5;
// Shorter keys would be found inside unrelated words.
const MIN_NAME_KEY = 3;

export function linkAnswers(
  reports: ClaimPlan[],
  answers: ClaimPlan[],
  claimKeys: Map<ClaimPlan, string>,
  identity: Identity,
): DraftLink[] {
  const reportsByName = indexReportsByName(reports);
  return answers.flatMap((answer) => {
    const party = partyOf(answer.claimant, identity);
    const isOtherParty = (report: ClaimPlan) => partyOf(report.claimant, identity) !== party;
    const inSentence = (sentence: ClaimPlan["chosen"]["sentence"]) =>
      reports.find((report) => isOtherParty(report) && report.statements.some((statement) => statement.sentence === sentence));
    const named = answer.statements
      .map((statement) => ({ statement, report: inSentence(statement.sentence) ?? reportNamedIn(statement.sentence.text, reportsByName, isOtherParty) }))
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

/** Reports by the spelling key of every name they go by: their origin and whoever carried them. */
function indexReportsByName(reports: ClaimPlan[]): Map<string, ClaimPlan[]> {
  const byName = new Map<string, ClaimPlan[]>();
  for (const report of reports) {
    for (const actor of [report.claimant, ...report.chosen.carriers]) {
      const key = spellingKey(actor.name);
      if (key.length < MIN_NAME_KEY) continue;
      const named = byName.get(key);
      if (named) named.push(report);
      else byName.set(key, [report]);
    }
  }
  return byName;
}

/**
 * The first report a sentence names, reading word by word. Spelling keys
 * join without spaces, so a phrase's key is its words' keys run together;
 * each word is also tried without an attached preposition ("لبلومبرج").
 */
function reportNamedIn(
  sentence: string,
  reportsByName: Map<string, ClaimPlan[]>,
  accept: (report: ClaimPlan) => boolean,
): ClaimPlan | undefined {
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
