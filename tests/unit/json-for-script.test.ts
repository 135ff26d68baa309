import { describe, expect, it } from "vitest";
import { jsonForScript } from "@/lib/reader/claim-review";

describe("jsonForScript", () => {
  it("cannot close the script element or open a comment, and still parses to the same value", () => {
    const value = { claimReviewed: "</script><script>alert(1)</script> <!-- & -->", n: 1 };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
