import { isDate, isDateTime, isNode, isRelationship, isLocalDateTime } from 'neo4j-driver';

/**
 * Turns what the driver returns into plain JSON-like values: temporal values
 * become ISO strings, nodes and relationships their property maps.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  // Maps come back as plain objects; only class instances need the type checks below.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (isDate(value as never) || isDateTime(value as never) || isLocalDateTime(value as never)) return String(value);
  if (isNode(value as never) || isRelationship(value as never)) return toPlain((value as { properties: unknown }).properties);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(map)) plain[key] = toPlain(map[key]);
  return plain;
}
