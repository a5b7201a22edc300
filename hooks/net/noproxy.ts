// Whether NO_PROXY sends a host direct, as curl decides for Git (curl lib/proxy.c
// proxy_check_noproxy; docs/libcurl/opts/CURLOPT_NOPROXY.md): a list split at commas and
// blanks; `*` alone is every host; a name matches itself and its subdomains (a leading or
// trailing dot ignored), case-insensitively; an IP address matches an address or a CIDR range.
import { BlockList, isIP } from 'node:net';

export function noProxy(host: string, list: string | undefined): boolean {
  if (!host || !list) return false;
  if (list === '*') return true;
  const bare = host.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  const name = family ? bare : bare.replace(/\.$/, '').toLowerCase();
  return list.split(/[\s,]+/).filter(Boolean).some((token) => (family ? ipMatches(name, family, token) : nameMatches(name, token)));
}

function nameMatches(name: string, token: string): boolean {
  const t = token.replace(/\.$/, '').replace(/^\./, '').toLowerCase();
  if (!t) return false;
  return name === t || name.endsWith(`.${t}`);
}

function ipMatches(ip: string, family: number, token: string): boolean {
  const [net, bits] = token.split('/');
  const kind = family === 6 ? 'ipv6' : 'ipv4';
  if (isIP(net) !== family) return false;
  // A missing or zero prefix is the address itself (cidr4_match, cidr6_match).
  if (bits === undefined || bits === '0') {
    const one = new BlockList();
    one.addAddress(net, kind);
    return one.check(ip, kind);
  }
  const prefix = /^\d+$/.test(bits) ? Number(bits) : NaN;
  if (!(prefix > 0 && prefix <= (family === 6 ? 128 : 32))) return false;
  const range = new BlockList();
  range.addSubnet(net, prefix, kind);
  return range.check(ip, kind);
}
