/** The node types that have global ids. */
export const NODE_TYPES = ['Article', 'Person', 'Topic', 'Source', 'Quote', 'Story', 'Feed'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface DecodedGlobalId {
  type: NodeType;
  id: string;
}

/** Opaque global id: base64url of `Type:id`, so clients never build ids themselves. */
export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global id; undefined when it is not one of ours. */
export function fromGlobalId(globalId: string): DecodedGlobalId | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(globalId)) return undefined;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (!id || !(NODE_TYPES as readonly string[]).includes(type)) return undefined;
  return { type: type as NodeType, id };
}
