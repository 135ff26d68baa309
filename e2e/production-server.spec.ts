import http from "node:http";
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
