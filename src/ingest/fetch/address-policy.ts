import { BlockList, isIP } from 'node:net';

/**
 * Addresses a server-side fetch must never reach unless explicitly allowed: loopback, private
 * (RFC 1918, ULA), link-local (incl. the 169.254.169.254 cloud metadata service), CGNAT,
 * unspecified, multicast and reserved ranges. Checked on every DNS answer and every redirect hop.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}
const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

export interface AddressPolicy {
  /** Allow 127.0.0.0/8 and ::1 (local development and tests). Private ranges stay refused. */
  allowLoopback: boolean;
}

/** Undefined when the address may be fetched, else the reason it may not. */
export function refusedAddressReason(address: string, policy: AddressPolicy): string | undefined {
  const family = isIP(address);
  if (family === 0) return `"${address}" is not an IP address`;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const mapped = type === 'ipv6' && /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return refusedAddressReason(mapped, policy);
  if (loopback.check(address, type)) return policy.allowLoopback ? undefined : `${address} is a loopback address`;
  if (blocked.check(address, type)) return `${address} is a private, link-local or reserved address`;
  return undefined;
}
