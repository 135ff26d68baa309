import { z } from "zod";
import { db } from "@/lib/db/client";
import { tipStatusSchema } from "@/lib/validation/fields";
import { isRecordId } from "@/lib/validation/path-segments";
import type { TipChannel, TipStatus } from "@/lib/vocabulary";
import { matchingFactChecks } from "./matching-fact-checks";

/** Groups of tips the desk's queue shows on a page. */
export const TIP_GROUPS_PER_PAGE = 20;

/** The queue page's address parameters: which status, which page (a wrong one falls back, never an error page). */
export const tipQueueParams = z.object({
  status: tipStatusSchema.catch("open"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** How many of a group's tips are shown in full; the rest are counted. */
const TIPS_SHOWN_PER_GROUP = 5;

/**
 * The desk's tip queue: groups of tips about the same claim in a status,
 * the most recently tipped first, a page at a time, each with its count,
 * its latest tips and the published fact-checks its first tip matches.
 */
export async function listTipGroups(options: { status: TipStatus; page: number }) {
  const offset = (options.page - 1) * TIP_GROUPS_PER_PAGE;
  const [groups, [total]] = await Promise.all([
    db().$queryRaw<{ groupId: string; tipCount: number; lastAt: Date }[]>`
      SELECT "groupId", count(*)::int AS "tipCount", max("createdAt") AS "lastAt"
      FROM "Tip" WHERE status = ${options.status}::"TipStatus"
      GROUP BY "groupId" ORDER BY max("createdAt") DESC, "groupId"
      LIMIT ${TIP_GROUPS_PER_PAGE} OFFSET ${offset}`,
    db().$queryRaw<{ groups: number }[]>`SELECT count(DISTINCT "groupId")::int AS groups FROM "Tip" WHERE status = ${options.status}::"TipStatus"`,
  ]);
  // The page's tips in one query: each group's latest few, newest first.
  const shown = await db().$queryRaw<{ id: string; groupId: string; text: string; url: string | null; channel: TipChannel; createdAt: Date; claimId: string | null }[]>`
    SELECT id, "groupId", text, url, channel, "createdAt", "claimId" FROM (
      SELECT *, row_number() OVER (PARTITION BY "groupId" ORDER BY "createdAt" DESC) AS n
      FROM "Tip" WHERE "groupId" = ANY(${groups.map((group) => group.groupId)}::uuid[]) AND status = ${options.status}::"TipStatus"
    ) tip WHERE n <= ${TIPS_SHOWN_PER_GROUP} ORDER BY "createdAt" DESC`;
  const items = await Promise.all(
    groups.map(async (group) => {
      const items = shown.filter((tip) => tip.groupId === group.groupId).map(({ groupId: _group, ...tip }) => tip);
      const first = items.at(-1)!;
      return { ...group, items, matches: await matchingFactChecks(first.text || first.url || "") };
    }),
  );
  return { items, total: total?.groups ?? 0, pages: Math.max(1, Math.ceil((total?.groups ?? 0) / TIP_GROUPS_PER_PAGE)) };
}

export type TipGroup = Awaited<ReturnType<typeof listTipGroups>>["items"][number];

/** How many claims readers sent in wait on the desk (groups, not tips): the desk's header shows it. */
export async function countOpenTipGroups(): Promise<number> {
  const [row] = await db().$queryRaw<{ groups: number }[]>`SELECT count(DISTINCT "groupId")::int AS groups FROM "Tip" WHERE status = 'open'`;
  return row?.groups ?? 0;
}

/** A group's text for a new claim's form: the words of its first tip, with its link. */
export async function getTipGroupDraft(groupId: string | undefined) {
  if (!groupId || !isRecordId(groupId)) return null;
  const tip = await db().tip.findFirst({ where: { groupId, status: "open" }, orderBy: { createdAt: "asc" }, select: { groupId: true, text: true, url: true } });
  return tip ?? null;
}
