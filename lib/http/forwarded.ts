// What the app believes about who sent a request and where it was addressed. Dependency-free: the
// proxy (proxy.ts) and next-auth's authorize (lib/auth/options.ts) both use it.
//
// X-Forwarded-For/-Host/-Proto are whatever the client wrote unless a reverse proxy in front of
// the app sets them. TRUST_PROXY says how many such proxies there are (usually 1; unset or 0:
// none, the app is reached directly). Without it the proxy drops these headers from every request
// it sees, so Next fills X-Forwarded-For with the socket's own address and X-Forwarded-Host with
// Host, and nothing downstream can be fooled by a client's own.

export const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"] as const;

/** How many reverse proxies in front are trusted to set X-Forwarded-* (TRUST_PROXY; 0 when unset or invalid). */
export function trustedProxies(value: string | undefined = process.env.TRUST_PROXY): number {
  if (value === undefined || value.trim() === "") return 0;
  if (/^(true|yes)$/i.test(value.trim())) return 1;
  const hops = Number(value);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * The address a request came from, as the lockout counts it: an IPv4 address, or the /64 network
 * of an IPv6 one (one host owns a whole /64; counting single IPv6 addresses would give a guesser
 * billions of fresh "clients"). With TRUST_PROXY=n, the address the outermost trusted proxy saw:
 * the n-th entry of X-Forwarded-For from the right (entries to its left are the client's own
 * words). Without, the one entry Next writes there itself (the proxy dropped the client's).
 */
export function clientAddress(headers: HeaderSource, proxies = trustedProxies()): string {
  const list = (header(headers, "x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const index = proxies > 0 ? Math.max(0, list.length - proxies) : list.length - 1;
  return normaliseAddress(list[index] ?? "");
}

/** An address as the lockout keys it (see clientAddress); "unknown" when there is none. */
export function normaliseAddress(raw: string): string {
  let address = raw.trim().toLowerCase();
  // "[2001:db8::1]:443", "203.0.113.7:5123"
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1];
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : "unknown";
}

function expandIpv6(address: string): string[] | null {
  if (!/^[0-9a-f:.]+$/.test(address) || !address.includes(":")) return null;
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const part = (s: string) => (s ? s.split(":") : []);
  const head = part(halves[0]);
  const tail = halves.length === 2 ? part(halves[1]) : [];
  // An embedded IPv4 tail (e.g. 64:ff9b::192.0.2.1) takes two groups; the /64 prefix does not need it.
  const size = head.length + tail.length + (tail.at(-1)?.includes(".") || head.at(-1)?.includes(".") ? 1 : 0);
  if (halves.length === 1 && size !== 8) return null;
  if (size > 8) return null;
  const groups = [...head, ...Array<string>(8 - size).fill("0"), ...tail];
  if (groups.slice(0, 4).some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => (g.includes(".") ? g : g.replace(/^0+(?=.)/, "")));
}
