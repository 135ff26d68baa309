import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { embedFrame, embedTarget, oembedQuery } from "@/lib/embeds/oembed";
import { apiRoute } from "@/lib/http/api-route";
import { newsroomName } from "@/lib/reader/claim-review";
import { getEmbedSubject } from "@/lib/embeds/get-embed-subject";
import { absoluteUrl } from "@/lib/reader/paths";
import { parseInput } from "@/lib/validation/parse-input";

/** How long a consumer may keep an answer (seconds): the frame itself always shows the claim as it is now. */
const CACHE_AGE = 3600;

/**
 * GET ?url=<a story's or claim's page>&format=json[&maxwidth&maxheight&lang]:
 * the oEmbed answer (type rich) whose html is the frame of /embed/….
 * Another site's address, or a record readers cannot see, is 404; a format
 * other than JSON is 501, as the oEmbed spec says.
 */
export const GET = apiRoute(async ({ request }) => {
  const query = parseInput(oembedQuery, Object.fromEntries(request.nextUrl.searchParams));
  if (query.format && query.format !== "json") return new NextResponse(null, { status: 501 });
  const target = embedTarget(query.url);
  if (!target) throw new AppError(404, "embed.notOurs");
  const subject = await getEmbedSubject(target, query.lang);
  if (!subject) throw new AppError(404, "embed.notOurs");
  return {
    version: "1.0",
    type: "rich",
    provider_name: newsroomName(),
    provider_url: absoluteUrl("/"),
    title: subject.title,
    ...(subject.author && { author_name: subject.author.name, author_url: subject.author.url }),
    ...embedFrame(target, subject.title, query.lang, query),
    cache_age: CACHE_AGE,
  };
});
