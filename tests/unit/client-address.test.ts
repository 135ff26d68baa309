import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { isWellFormedPath, setClientAddress } from "@/lib/http/incoming-request";

const forwarded = () => ({ "x-forwarded-for": "198.51.100.9, 10.0.0.2", "x-real-ip": "10.0.0.2" });

describe("the client's address", () => {
  it("is the connection's, whatever forwarding headers the client wrote, unless a proxy is trusted", () => {
    const headers = forwarded();
    setClientAddress(headers, "203.0.113.7", false);
    expect(headers).toEqual({ "x-forwarded-for": "203.0.113.7" });
    expect(clientAddress(headers)).toBe("203.0.113.7");
  });

  it("is the first forwarded hop behind a trusted proxy", () => {
    const headers = forwarded();
    setClientAddress(headers, "10.0.0.2", true);
    expect(clientAddress(headers)).toBe("198.51.100.9");
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.4" }))).toBe("192.0.2.4");
  });

  it("is unknown when neither the connection nor a proxy names one", () => {
    const headers: Record<string, string> = forwarded();
    setClientAddress(headers, undefined, false);
    expect(clientAddress(headers)).toBeNull();
  });
});

describe("isWellFormedPath", () => {
  it("accepts percent-encoded Arabic and queries, refuses a % that is not an escape", () => {
    expect(isWellFormedPath("/sources/%D8%B1%D9%88%D9%8A%D8%AA%D8%B1%D8%B2?q=%")).toBe(true);
    expect(isWellFormedPath("/claims/%")).toBe(false);
    expect(isWellFormedPath("/tags/%ZZ")).toBe(false);
  });
});
