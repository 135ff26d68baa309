import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { may } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current-actor";
import { requirePermission } from "@/lib/auth/require-permission";
import type { MessageKey } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getSourceForAdmin } from "@/lib/sources/get-source-for-admin";
import { searchSources } from "@/lib/sources/search-sources";
import { SourceAdmin } from "@/components/admin/source-admin";
import { mergeSourcesAction, undoMergeAction, updateSourceAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SAVED_MESSAGES: Record<string, MessageKey> = {
  created: "admin.sources.saved.created",
  updated: "admin.sources.saved.updated",
  approved: "admin.sources.saved.approved",
  merged: "admin.sources.saved.merged",
  unmerged: "admin.sources.saved.unmerged",
};

const pageParams = z.object({
  saved: z.string().optional().catch(undefined),
  mergeQuery: z.string().max(200).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Metadata is rendered even when the page's guard redirects: the <title> would name a proposed source to anyone.
  if (!may(await getActor(), "source.write")) return {};
  const source = await getSourceForAdmin((await params).id);
  return { title: source?.name };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("source.write", `/admin/sources/${id}`);
  const source = await getSourceForAdmin(id);
  if (!source) notFound();
  const { saved, mergeQuery } = pageParams.parse(await searchParams);
  const [{ t, prefs }, candidates] = await Promise.all([
    getI18n(),
    mergeQuery ? searchSources({ query: mergeQuery, excludeId: source.id }).then((found) => found.sources) : [],
  ]);
  const savedMessage = saved && SAVED_MESSAGES[saved];
  return (
    <SourceAdmin
      source={source}
      candidates={candidates}
      mergeQuery={mergeQuery}
      savedMessage={savedMessage ? t(savedMessage) : undefined}
      actions={{ update: updateSourceAction, merge: mergeSourcesAction, undoMerge: undoMergeAction }}
      t={t}
      prefs={prefs}
    />
  );
}
