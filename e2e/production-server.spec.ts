import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ORIGIN } from "./fixtures";

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * A raw request from a loopback address of this spec's own (Linux routes all
 * of 127.0.0.0/8 to lo), so the sign-ins it gets throttled are nobody else's.
 */
function send(method: string, path: string, options: { from: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  const { port } = new URL(ORIGIN);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path, method, localAddress: options.from, headers: options.headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

test("sign-in throttling counts the connection's address, whatever forwarding or address headers the client writes", async () => {
  const from = "127.0.0.77";
  const csrf = await send("GET", "/api/auth/csrf", { from });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers["set-cookie"] ?? []).map((line) => line.split(";")[0]).join("; ");

  const attempt = async (index: number) => {
    const response = await send("POST", "/api/auth/callback/credentials", {
      from,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie,
        "x-forwarded-for": `198.51.100.${index}`,
        "x-isnad-client-address": `192.0.2.${index}`,
      },
      body: new URLSearchParams({ csrfToken, email: `nobody-${index}@example.test`, password: "not-the-password", callbackUrl: "/" }).toString(),
    });
    return decodeURIComponent(String(response.headers.location));
  };
  // A different account and different forged addresses each time: only the real address repeats.
  for (let index = 0; index < 20; index++) expect(await attempt(index), `attempt ${index + 1}`).toContain("error=invalid");
  expect(await attempt(20)).toMatch(/error=throttled:\d+/);
});

test("a link with malformed percent-encoding gets a 400 page in Arabic and English, not a 500", async ({ request }) => {
  for (const path of ["/claims/%", "/tags/%ZZ", "/api/v1/claims/%E0%A4%A"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    const page = await response.text();
    expect(page).toContain("رابط غير صالح");
    expect(page).toContain("Malformed link");
  }
});

/** A server action of this build and a page that has it (one without a dynamic segment), from Next's manifest. */
function anAction(): { id: string; page: string } {
  const manifest = JSON.parse(readFileSync(path.join(process.env.ISNAD_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown> }>;
  };
  for (const [id, { workers }] of Object.entries(manifest.node)) {
    const page = Object.keys(workers).find((worker) => !worker.includes("["));
    // Route groups ("(public)") name folders, not parts of the address.
    if (page) return { id, page: page.replace(/^app/, "").replace(/\/\([^/]*\)/g, "").replace(/\/page$/, "") || "/" };
  }
  throw new Error("no server action in this build");
}

test("server-action posts Next cannot take (garbage, over 3 MB, another origin) get 400 / 413 / 403 pages with the security headers, not 500", async () => {
  const { id, page } = anAction();
  const from = "127.0.0.78";
  const { host } = new URL(ORIGIN);
  const action = { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: ORIGIN, host };
  const boundary = "----isnadBoundary";
  const multipart = (root: string) =>
    `--${boundary}\r\ncontent-disposition: form-data; name="0"\r\n\r\n${root}\r\n--${boundary}--\r\n`;
  const cases: { name: string; status: number; headers: Record<string, string>; body: string }[] = [
    { name: "garbage arguments", status: 400, headers: action, body: "garbage{{{" },
    { name: "a broken multipart body", status: 400, headers: { ...action, "content-type": "multipart/form-data; boundary=xyz" }, body: "nonsense" },
    { name: "a broken no-script form", status: 400, headers: { "content-type": "multipart/form-data; boundary=xyz", origin: ORIGIN, host }, body: "nonsense" },
    { name: "a root row that is not JSON", status: 400, headers: { ...action, "content-type": `multipart/form-data; boundary=${boundary}` }, body: multipart("{oops") },
    { name: "another origin", status: 403, headers: { ...action, origin: "http://evil.example" }, body: "[]" },
    { name: "a 'null' origin", status: 403, headers: { ...action, origin: "null" }, body: "[]" },
    { name: "over 3 MB", status: 413, headers: action, body: `["${"a".repeat(3 * 1024 * 1024)}"]` },
    { name: "over 3 MB, chunked", status: 413, headers: { ...action, "transfer-encoding": "chunked" }, body: `["${"a".repeat(3 * 1024 * 1024)}"]` },
  ];
  for (const { name, status, headers, body } of cases) {
    const answer = await send("POST", page, { from, headers, body });
    expect(answer.status, name).toBe(status);
    expect(answer.headers["content-security-policy"], name).toContain("frame-ancestors 'none'");
    expect(answer.headers["x-content-type-options"], name).toBe("nosniff");
    expect(answer.headers["x-frame-options"], name).toBe("DENY");
    expect(answer.body, name).toContain("رُفض الطلب");
    expect(answer.body, name).toContain("Request refused");
  }
  // Well-formed arguments of the wrong shape reach the action, which refuses them as form state, not a 500.
  const wrongShape = await send("POST", page, { from, headers: action, body: "[]" });
  expect(wrongShape.status).toBe(200);
});

test("the 400 page for a malformed link carries the security headers", async () => {
  const answer = await send("GET", "/claims/%", { from: "127.0.0.78" });
  expect(answer.status).toBe(400);
  expect(answer.headers["content-security-policy"]).toContain("default-src 'self'");
  expect(answer.headers["x-frame-options"]).toBe("DENY");
});
