import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

const headers = { "x-forwarded-for": "198.51.100.9, 10.0.0.2", "x-real-ip": "10.0.0.2" };

describe("clientAddress", () => {
  afterEach(() => {
    delete process.env.ISNAD_TRUST_PROXY;
  });

  it("ignores forwarding headers unless a proxy is trusted to set them", () => {
    expect(clientAddress(headers)).toBeNull();
  });

  it("takes the first forwarded hop behind a trusted proxy", () => {
    process.env.ISNAD_TRUST_PROXY = "1";
    expect(clientAddress(headers)).toBe("198.51.100.9");
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.4" }))).toBe("192.0.2.4");
    expect(clientAddress({})).toBeNull();
  });
});
