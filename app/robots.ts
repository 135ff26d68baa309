import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/reader/paths";

// The desks and the API are not for crawlers; everything readers see is.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/editor", "/admin", "/api/"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
