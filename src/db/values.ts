import { isDate, isDateTime, isNode, isRelationship, isLocalDateTime } from 'neo4j-driver';

/**
 * Turns what the driver returns into plain JSON-like values: temporal values
 * become ISO strings, nodes and relationships their property maps.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (isDate(value as never) || isDateTime(value as never) || isLocalDateTime(value as never)) return String(value);
  if (isNode(value as never) || isRelationship(value as never)) return toPlain((value as { properties: unknown }).properties);
  const plain: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) plain[key] = toPlain(inner);
  return plain;
}
