import { ClaimCard } from "@/components/claims/claim-card";
import { formatDayHeading, isoCalendarDay } from "@/lib/i18n/format-date";
import { formatGap } from "@/lib/i18n/format-gap";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import type { TimelineEvent } from "@/lib/stories/get-story-timeline";

/** Timeline events grouped under the day they happened, in the given order. */
function groupByDay(events: TimelineEvent[]) {
  const days = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const day = isoCalendarDay(event.claim.saidAt, event.claim.saidAtPrecision);
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return [...days];
}

const claimTime = (claim: { saidAt: Date; saidAtPrecision: TimelineEvent["claim"]["saidAtPrecision"] }) => ({
  date: claim.saidAt,
  precision: claim.saidAtPrecision,
});

/**
 * A vertical timeline along the start edge (the right, in Arabic). Answers
 * hang off the claim they answer, indented, with how long the answer took.
 */
export function StoryTimeline({ events, prefs, t }: { events: TimelineEvent[]; prefs: Preferences; t: Translate }) {
  return (
    <ol className="relative ms-3 border-s-2 border-accent/30" data-testid="timeline">
      {groupByDay(events).map(([day, dayEvents]) => (
        <li key={day} className="mb-8 ps-6">
          <span aria-hidden className="absolute -start-[9px] mt-1.5 size-4 rounded-full border-2 border-white bg-accent" />
          <h2 className="mb-3 font-semibold text-accent">
            <time dateTime={day}>{formatDayHeading(new Date(day), prefs)}</time>
          </h2>
          <ol className="space-y-6">
            {dayEvents.map((event) => (
              <li key={event.claim.id} data-testid="timeline-event">
                <ClaimCard
                  claim={event.claim}
                  prefs={prefs}
                  t={t}
                  label={event.followsUp.map((followUp) => (
                    <a key={followUp.claim.id} href={`#claim-${followUp.claim.id}`} className="block">
                      {t(`link.${followUp.type}`)}: {formatGap(claimTime(followUp.claim), claimTime(event.claim), prefs)}
                    </a>
                  ))}
                />
                {event.answers.length > 0 && (
                  <ol className="ms-6 mt-3 space-y-3 border-s-2 border-dashed border-stone-300 ps-4" aria-label={t("claim.answers")}>
                    {event.answers.map((answer) => (
                      <li key={answer.claim.id} data-testid={`answer-${answer.type}`}>
                        <ClaimCard
                          claim={answer.claim}
                          prefs={prefs}
                          t={t}
                          tone={answer.type === "confirms" || answer.type === "supports" ? "confirm" : "deny"}
                          label={`${t(`linkIn.${answer.type}`)} ${formatGap(claimTime(event.claim), claimTime(answer.claim), prefs)}`}
                        />
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
