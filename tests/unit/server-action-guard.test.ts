import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { isPagePost, readBodyWithin, refuseBeforeBody, refuseMalformedBody } from "@/lib/http/server-action-guard";

const ACTION = "7f33365598da281c3c6120bc4869e4177c39506ff1";
const multipart = (fields: Record<string, string>, boundary = "isnadBoundary") => ({
  headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  body: Buffer.from(
    Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${boundary}--\r\n`,
  ),
});

describe("posts to pages, screened before Next", () => {
  it("are the POSTs outside the API and Next's own files", () => {
    expect(isPagePost("POST", "/admin/pages?x=1")).toBe(true);
    expect(isPagePost("POST", "/")).toBe(true);
    expect(isPagePost("GET", "/admin/pages")).toBe(false);
    expect(isPagePost("POST", "/api/v1/claims")).toBe(false);
    expect(isPagePost("POST", "/api/auth/callback/credentials")).toBe(false);
    expect(isPagePost("POST", "/_next/static/x.js")).toBe(false);
  });

  it("from another origin (or 'null', or an unreadable one) are refused 403; from this one, or without Origin, pass", () => {
    const host = "isnad.example:3000";
    expect(refuseBeforeBody({ host, origin: "http://evil.example" })?.status).toBe(403);
    expect(refuseBeforeBody({ host, origin: "null" })?.status).toBe(403);
    expect(refuseBeforeBody({ host, origin: "not a url" })?.status).toBe(403);
    expect(refuseBeforeBody({ host, origin: "http://isnad.example:3000" })).toBeNull();
    expect(refuseBeforeBody({ host })).toBeNull();
    // Behind a proxy Next compares the origin with X-Forwarded-Host; so does the screen.
    expect(refuseBeforeBody({ host: "127.0.0.1:3000", "x-forwarded-host": host, origin: `https://${host}` })).toBeNull();
  });

  it("declaring a body over the limit are refused 413 before it is read; one that streams past it, as it does", async () => {
    expect(refuseBeforeBody({ "content-length": String(3 * 1024 * 1024 + 1) })?.status).toBe(413);
    expect(refuseBeforeBody({ "content-length": String(3 * 1024 * 1024) })).toBeNull();
    const chunks = () => Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    expect(await readBodyWithin(chunks(), 1000)).toBeNull();
    expect((await readBodyWithin(chunks(), 1200))?.length).toBe(1200);
  });

  it("whose body Next could not decode are refused 400: not JSON, not multipart, or a fetch action without its JSON root row", async () => {
    const fetchAction = { "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" };
    expect((await refuseMalformedBody(fetchAction, Buffer.from("garbage{{{")))?.status).toBe(400);
    expect(await refuseMalformedBody(fetchAction, Buffer.from('[null,"$K1"]'))).toBeNull();

    const broken = { "content-type": "multipart/form-data; boundary=xyz" };
    expect((await refuseMalformedBody(broken, Buffer.from("nonsense")))?.status).toBe(400);
    expect((await refuseMalformedBody({ ...broken, "next-action": ACTION }, Buffer.from("nonsense")))?.status).toBe(400);

    const noRoot = multipart({ "1_title": "x" });
    expect((await refuseMalformedBody({ ...noRoot.headers, "next-action": ACTION }, noRoot.body))?.status).toBe(400);
    const badRoot = multipart({ "0": "{not json" });
    expect((await refuseMalformedBody({ ...badRoot.headers, "next-action": ACTION }, badRoot.body))?.status).toBe(400);
    const good = multipart({ "0": '[null,"$K1"]', "1_title": "عنوان" });
    expect(await refuseMalformedBody({ ...good.headers, "next-action": ACTION }, good.body)).toBeNull();
    // A form posted without JavaScript: multipart, no action header; well formed, it is Next's.
    const noScript = multipart({ [`$ACTION_ID_${ACTION}`]: "", title: "عنوان" });
    expect(await refuseMalformedBody(noScript.headers, noScript.body)).toBeNull();
    // Not multipart and no action header: not an action, Next renders the page.
    expect(await refuseMalformedBody({ "content-type": "application/x-www-form-urlencoded" }, Buffer.from("%%%"))).toBeNull();
  });
});
