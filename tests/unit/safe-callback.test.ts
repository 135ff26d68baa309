import { describe, expect, it } from "vitest";
import { callbackPathFromCookies } from "@/lib/auth/auth-options";
import { pathWithQuery, safeCallbackPath } from "@/lib/auth/safe-callback";

describe("the path followed after sign-in", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackPath("/admin/sources?status=proposed#list")).toBe("/admin/sources?status=proposed#list");
    expect(safeCallbackPath("/sources/رويترز")).toBe("/sources/%D8%B1%D9%88%D9%8A%D8%AA%D8%B1%D8%B2");
  });

  it.each(["//evil.example/x", "/\\evil.example", "/\\/evil.example", "https://evil.example", "javascript:alert(1)", "", "admin"])(
    "sends %j home instead",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/");
    },
  );

  it("sends a missing or repeated parameter home", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/a", "/b"])).toBe("/");
  });
});

describe("the page to come back to after signing in", () => {
  it("keeps the query a desk page was opened with, repeated values too", () => {
    expect(pathWithQuery("/admin/audit", { entityType: "user", actor: ["a", "b"], page: undefined })).toBe("/admin/audit?entityType=user&actor=a&actor=b");
    expect(pathWithQuery("/admin/sources", {})).toBe("/admin/sources");
    expect(safeCallbackPath(pathWithQuery("/admin/sources", { q: "بلومبرغ" }))).toBe("/admin/sources?q=%D8%A8%D9%84%D9%88%D9%85%D8%A8%D8%B1%D8%BA");
  });
});

describe("the page a sign-in without JavaScript was headed for", () => {
  const jar = (value?: string) => ({ get: (name: string) => (name === "next-auth.callback-url" && value ? { value } : undefined) });

  it("is read from next-auth's callback cookie, as a path that safeCallbackPath still vets", () => {
    expect(callbackPathFromCookies(jar("http://localhost:3000/admin/audit?entityType=user"))).toBe("/admin/audit?entityType=user");
    expect(callbackPathFromCookies(jar())).toBeUndefined();
    expect(safeCallbackPath(callbackPathFromCookies(jar("https://evil.example//evil.example/x")))).toBe("/");
  });
});
