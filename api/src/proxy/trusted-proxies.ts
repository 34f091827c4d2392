// Who is the client, and did it come over https? Behind a reverse proxy the socket's peer is the
// proxy, so the answer lies in X-Forwarded-For / -Proto / -Host: headers anyone can send. They
// count only when the peer is a proxy this server was told to trust (TRUSTED_PROXIES).
import { BlockList, isIP } from 'node:net';

/** The addresses and networks whose forwarding headers are believed; empty trusts no one. */
export type TrustedProxies = { readonly list: readonly string[]; has(address: string): boolean };

/** An IPv4 address seen through an IPv6 socket (::ffff:10.0.0.1) is the IPv4 address. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/**
 * Parses a comma list of addresses and CIDR networks, IPv4 and IPv6 ("127.0.0.1, 10.0.0.0/8,
 * fd00::/8"). Throws naming the first bad entry: a typo must stop the start, not silently trust
 * no one (or everyone).
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const blocks = new BlockList();
  const list = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of list) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    if (family === 0 || extra !== undefined)
      throw new Error(`"${entry}" is not an address or CIDR`);
    if (prefix === undefined) {
      blocks.addAddress(address, family === 4 ? 'ipv4' : 'ipv6');
      continue;
    }
    if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits) {
      throw new Error(`"${entry}": the prefix length must be 0 to ${bits}`);
    }
    blocks.addSubnet(address, Number(prefix), family === 4 ? 'ipv4' : 'ipv6');
  }
  return {
    list,
    has(address) {
      const plain = plainAddress(address);
      const family = isIP(plain);
      if (family === 0 || list.length === 0) return false;
      return blocks.check(plain, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

export const trustNoOne = parseTrustedProxies('');

/** One X-Forwarded-For entry as an address ("[::1]:443" and "1.2.3.4:80" too), or null. */
function entryAddress(entry: string): string | null {
  const trimmed = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed);
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(trimmed);
  const address = bracketed?.[1] ?? withPort?.[1] ?? trimmed;
  return isIP(address) ? plainAddress(address) : null;
}

export type RequestOrigin = {
  /** The client's address: the socket's peer unless that peer is a trusted proxy. */
  address: string | null;
  /** 'https' only when a trusted proxy said so (this server never terminates TLS itself). */
  scheme: 'http' | 'https';
  /** The host (and port) the client asked for: the proxy's X-Forwarded-Host, else Host. */
  host: string | null;
};

type Headers = { get(name: string): string | undefined };

/**
 * The client's address, scheme and host. From an untrusted peer, the socket alone (its own
 * X-Forwarded-* are ignored: a client cannot name itself someone else). From a trusted peer,
 * X-Forwarded-For is read from the right, where each proxy appended the address it saw: trusted
 * proxies are skipped, the first untrusted address is the client. A malformed entry stops the
 * walk at the last address known good (left of it, anything could be written).
 */
export function requestOrigin(
  peer: string | null,
  headers: Headers,
  trusted: TrustedProxies,
): RequestOrigin {
  const address = peer === null ? null : plainAddress(peer);
  const direct: RequestOrigin = { address, scheme: 'http', host: headers.get('host') ?? null };
  if (address === null || !trusted.has(address)) return direct;
  let client = address;
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').reverse();
  for (const entry of chain) {
    if (entry.trim() === '' && chain.length === 1) break;
    const hop = entryAddress(entry);
    if (hop === null) break;
    client = hop;
    if (!trusted.has(hop)) break;
  }
  // The nearest proxy's word: the last value if a chain of proxies appended theirs.
  const proto = (headers.get('x-forwarded-proto') ?? '').split(',').pop()?.trim().toLowerCase();
  const forwardedHost = headers.get('x-forwarded-host')?.split(',').pop()?.trim();
  return {
    address: client,
    scheme: proto === 'https' ? 'https' : 'http',
    host: forwardedHost && validHost(forwardedHost) ? forwardedHost : direct.host,
  };
}

/** A host[:port] that makes a URL, nothing else (no path, no user, no spaces). */
function validHost(host: string): boolean {
  if (!/^[A-Za-z0-9.\-[\]:]+$/.test(host)) return false;
  try {
    return new URL(`http://${host}`).host !== '';
  } catch {
    return false;
  }
}
