// Who sent a request, as the lockout counts it, and how far X-Forwarded-For is believed.
import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, trustedProxies } from "@/lib/http/forwarded";

describe("trustedProxies (TRUST_PROXY)", () => {
  it("is 0 unless set to a small count (or true)", () => {
    for (const value of [undefined, "", "0", "no", "-1", "1.5", "99"]) expect(trustedProxies(value), String(value)).toBe(0);
    expect(trustedProxies("1")).toBe(1);
    expect(trustedProxies("true")).toBe(1);
    expect(trustedProxies("2")).toBe(2);
  });
});

describe("clientAddress", () => {
  const xff = (value: string) => new Headers({ "x-forwarded-for": value });

  it("without a trusted proxy: the last entry (the one Next writes once the proxy dropped the client's)", () => {
    expect(clientAddress(xff("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(xff("1.1.1.1, 203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("with n trusted proxies: the n-th from the right, whatever the client prepended", () => {
    expect(clientAddress(xff("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(xff("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // Fewer entries than proxies: the leftmost there is.
    expect(clientAddress(xff("203.0.113.7"), 3)).toBe("203.0.113.7");
  });

  it("reads next-auth's plain header objects too, and says unknown when there is nothing", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" }, 0)).toBe("203.0.113.7");
    expect(clientAddress({}, 0)).toBe("unknown");
    expect(clientAddress(xff("not an address"), 0)).toBe("unknown");
  });
});

describe("normaliseAddress", () => {
  it("keeps IPv4 addresses, without a port, and unwraps IPv4-mapped IPv6", () => {
    expect(normaliseAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(normaliseAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts an IPv6 address by its /64, so one host cannot be a billion clients", () => {
    expect(normaliseAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("2001:DB8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("[2001:db8:1:2::7]:443")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normaliseAddress("::1")).toBe("0:0:0:0::/64");
    expect(normaliseAddress("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
  });

  it("refuses what is not an address", () => {
    for (const value of ["", "unknown", "1:2:3", "2001:db8::1::2", "gggg::1", "<script>"]) expect(normaliseAddress(value), value).toBe("unknown");
  });
});
