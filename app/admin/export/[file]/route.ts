import { DOWNLOAD_NAMES, DOWNLOADS } from "@/lib/archive/archive-download";
import { authorize } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { oneOf } from "@/lib/vocabulary";

/**
 * The admin's downloads (app/admin/export/page.tsx): streamed as they are
 * read, with the number of lines to come so the page can show progress.
 */
export const GET = apiRoute<{ file: string }>(async ({ actor, params }) => {
  authorize(actor, "archive.export");
  const name = oneOf(DOWNLOAD_NAMES, params.file);
  if (!name) throw notFound("file");
  const download = await DOWNLOADS[name]();
  return new Response(download.body, {
    headers: {
      "Content-Type": download.contentType,
      "Content-Disposition": `attachment; filename="${download.fileName}"`,
      "Cache-Control": "no-store",
      "X-Isnad-Lines": String(download.lines),
    },
  });
});
