import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/auth/client-address";
import { isWellFormedPath, setClientAddress } from "@/lib/http/incoming-request";

// What a client may send to fool the per-address limit.
const forged = (): Record<string, string> => ({
  "x-forwarded-for": "198.51.100.9, 10.0.0.2",
  "x-real-ip": "10.0.0.2",
  [CLIENT_ADDRESS_HEADER]: "192.0.2.66",
});

describe("the client's address", () => {
  it("is the connection's, whatever forwarding or address headers the client wrote, unless a proxy is trusted", () => {
    const headers = forged();
    setClientAddress(headers, "203.0.113.7", false);
    expect(clientAddress(headers)).toBe("203.0.113.7");
    expect(clientAddress(new Headers(headers))).toBe("203.0.113.7");
  });

  it("is the first forwarded hop behind a trusted proxy, or X-Real-IP, or the connection's", () => {
    const headers = forged();
    setClientAddress(headers, "10.0.0.2", true);
    expect(clientAddress(headers)).toBe("198.51.100.9");
    const realIp: Record<string, string> = { "x-real-ip": "192.0.2.4" };
    setClientAddress(realIp, "10.0.0.2", true);
    expect(clientAddress(realIp)).toBe("192.0.2.4");
    const direct: Record<string, string> = {};
    setClientAddress(direct, "10.0.0.2", true);
    expect(clientAddress(direct)).toBe("10.0.0.2");
  });

  it("is unknown where no server of ours named it, even if the client wrote one", () => {
    const headers = forged();
    setClientAddress(headers, undefined, false);
    expect(clientAddress(headers)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "198.51.100.9" })).toBeNull();
  });
});

describe("isWellFormedPath", () => {
  it("accepts percent-encoded Arabic and queries, refuses a % that is not an escape", () => {
    expect(isWellFormedPath("/sources/%D8%B1%D9%88%D9%8A%D8%AA%D8%B1%D8%B2?q=%")).toBe(true);
    expect(isWellFormedPath("/claims/%")).toBe(false);
    expect(isWellFormedPath("/tags/%ZZ")).toBe(false);
  });
});
