import { ClaimCard } from "@/components/claims/claim-card";
import { ClaimReference } from "@/components/claims/claim-reference";
import type { ClaimCard as ClaimCardData } from "@/lib/reader/claim-card";
import { claimPath } from "@/lib/reader/paths";
import type { TimelineNode } from "@/lib/reader/timeline";
import { groupByDay } from "./day-groups";
import { formatGap } from "@/lib/i18n/format-gap";
import type { Translate } from "@/lib/i18n/messages";
import { localizedName } from "@/lib/i18n/localized-name";
import type { Preferences } from "@/lib/i18n/preferences";

const claimTime = (claim: ClaimCardData) => ({ date: claim.saidAt, precision: claim.saidAtPrecision });

function TimelineEntry({ node, parent, prefs, t }: { node: TimelineNode; parent?: ClaimCardData; prefs: Preferences; t: Translate }) {
  const answerLabel =
    parent && node.answerType && `${t(`linkIn.${node.answerType}`)} ${formatGap(claimTime(parent), claimTime(node.claim), prefs)}`;
  const references = node.refersTo.map((reference) => (
    <ClaimReference
      key={`${reference.type}-${reference.claim.id}`}
      type={reference.type}
      direction="out"
      other={reference.claim}
      self={node.claim}
      href={reference.onPage ? `#claim-${reference.claim.id}` : claimPath(reference.claim.id)}
      prefs={prefs}
      t={t}
    />
  ));
  const tone = !node.answerType ? "claim" : node.answerType === "confirms" || node.answerType === "supports" ? "confirm" : "deny";
  return (
    <>
      <ClaimCard
        claim={node.claim}
        prefs={prefs}
        t={t}
        tone={tone}
        deepLink
        label={
          (answerLabel || references.length > 0) && (
            <>
              {answerLabel && <p data-testid="answer-label">{answerLabel}</p>}
              {references}
            </>
          )
        }
      />
      {node.answers.length > 0 && (
        <ol
          className="ms-3 mt-3 space-y-3 border-s-2 border-dashed border-stone-400 ps-3 sm:ms-6 sm:ps-4"
          aria-label={t("reader.timeline.answersTo", { claimant: localizedName(node.claim.claimant, prefs.locale) })}
        >
          {node.answers.map((answer) => (
            // The short rule joins each answer to the dashed line from the claim it answers.
            <li
              key={answer.claim.id}
              data-testid={`answer-${answer.answerType}`}
              className="relative before:absolute before:-start-3 before:top-6 before:w-3 before:border-t-2 before:border-dashed before:border-stone-400 sm:before:-start-4 sm:before:w-4"
            >
              <TimelineEntry node={answer} parent={node.claim} prefs={prefs} t={t} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/**
 * A vertical timeline along the start edge (the right, in Arabic). Answers
 * hang off the claim they answer, indented on a dashed line, each saying
 * how long the answer took ("نُفي بعد ٣ ساعات").
 */
export function Timeline({
  events,
  prefs,
  t,
  headingLevel = 2,
}: {
  events: TimelineNode[];
  prefs: Preferences;
  t: Translate;
  /** Day headings are h2 under the page's h1, h3 under a section's h2. */
  headingLevel?: 2 | 3;
}) {
  const DayHeading = headingLevel === 2 ? "h2" : "h3";
  if (events.length === 0) return <p data-testid="timeline-empty">{t("reader.timeline.empty")}</p>;
  return (
    <ol className="relative ms-2 border-s-2 border-accent/30 sm:ms-3" data-testid="timeline">
      {groupByDay(events, prefs).map((group) => (
        <li key={group.key} className="mb-8 ps-4 sm:ps-6">
          <span aria-hidden className="absolute -start-[9px] mt-1.5 size-4 rounded-full border-2 border-white bg-accent" />
          <DayHeading className="mb-3 font-semibold text-accent">
            <time dateTime={group.key}>{group.heading}</time>
          </DayHeading>
          <ol className="space-y-6">
            {group.events.map((event) => (
              <li key={event.claim.id} data-testid="timeline-event">
                <TimelineEntry node={event} prefs={prefs} t={t} />
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
