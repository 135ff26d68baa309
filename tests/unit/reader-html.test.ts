import { describe, expect, it } from "vitest";
import { withoutRuntime } from "@/lib/http/reader-html";

// The shape of a production page's head and tail (Next 16, Turbopack), shortened.
const page = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script><script src="/_next/static/chunks/d.js" noModule=""></script>
<title>إسناد</title></head><body><main><p>نص &lt;script&gt; مكتوب</p>
<script type="application/ld+json">{"@type":"ClaimReview","name":"\\u003cscript"}</script></main>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([]);</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script>
</body></html>`;

describe("reader pages without the Next runtime", () => {
  it("drop the runtime's chunks, preloads and flight data, and keep the styles, the text and the JSON-LD", () => {
    const html = withoutRuntime(Buffer.from(page), "text/html; charset=utf-8", "/claims/x").toString();
    expect(html).not.toMatch(/\.js"/);
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain("<title>إسناد</title>");
    expect(html).toContain("<p>نص &lt;script&gt; مكتوب</p>");
    expect(html).toContain('<script type="application/ld+json">{"@type":"ClaimReview"');
  });

  it("leave other answers alone", () => {
    const feed = Buffer.from("<rss><script>self.__next_f</script></rss>");
    expect(withoutRuntime(feed, "application/rss+xml", "/feed.xml")).toBe(feed);
  });
});
