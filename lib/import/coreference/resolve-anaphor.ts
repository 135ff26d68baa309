import type { ActorMention, AnaphorKind } from "@/lib/import/entities/read-actor";
import { guessSourceKind } from "@/lib/import/lexicon/guess-source-kind";

// Later mentions point back to an actor named earlier: "وأضافت الوكالة",
// "وقالت المصادر", "الوزارة نفسها". They are resolved against who spoke and
// who carried the statements read so far, so they add no source of their own.

/** Who spoke and who carried a statement: all an anaphor is resolved against. */
export interface Attribution {
  /** Who said it: the origin of the words. */
  speaker: ActorMention;
  /** Who relayed it within the article, innermost first (بلومبرج for the two people close to the Kremlin). */
  carriers: ActorMention[];
}

/** An actor as meant, with whether it only pointed back to an earlier one. */
export interface Subject {
  actor: ActorMention;
  continuation: boolean;
}

// "الوكالة" and "المصادر" point at an actor of the last few statements, not of the whole article.
const ANAPHOR_LOOKBACK = 20;

/**
 * An actor as meant: "الوكالة" becomes the agency named before it. With
 * nothing to point at, "الوزارة" stands for itself; "البيان" stands for no one.
 */
export function resolve(actor: ActorMention, history: readonly Attribution[]): Subject | null {
  if (actor.anaphor === null) return { actor, continuation: false };
  const referent = resolveAnaphor(actor.anaphor, history);
  if (referent) return { actor: referent, continuation: true };
  return actor.anaphor === "document" ? null : { actor: { ...actor, anaphor: null }, continuation: false };
}

function resolveAnaphor(kind: AnaphorKind, history: readonly Attribution[]): ActorMention | null {
  for (let s = history.length - 1; s >= Math.max(0, history.length - ANAPHOR_LOOKBACK); s--) {
    const statement = history[s]!;
    if (kind === "document") return statement.speaker;
    for (const candidate of [statement.speaker, ...statement.carriers]) {
      if (candidate.kind === kind) return candidate;
      const affiliation = candidate.person?.affiliation;
      if (kind === "government" && affiliation && guessSourceKind(affiliation) === "government") {
        return { name: affiliation, kind: "government", person: null, anaphor: null };
      }
    }
  }
  return null;
}
