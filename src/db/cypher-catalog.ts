import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/**
 * Every Cypher statement the project runs, read once from `cypher/**\/*.cypher`
 * and keyed by its path without the extension (`query/meeting-attendances`).
 * Code names statements by key; values always travel as `$parameters`.
 */
export type CypherCatalog = Readonly<Record<string, string>>;

let loaded: CypherCatalog | undefined;

/** The catalogue, loaded from disk on first use and frozen. */
export function cypherCatalog(dir = path.join(PROJECT_ROOT, 'cypher')): CypherCatalog {
  if (loaded && dir === path.join(PROJECT_ROOT, 'cypher')) return loaded;
  const table: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cypher')) {
        table[path.relative(dir, full).replace(/\\/g, '/').replace(/\.cypher$/, '')] = fs.readFileSync(full, 'utf8').trim();
      }
    }
  };
  walk(dir);
  const catalog = Object.freeze(table);
  if (dir === path.join(PROJECT_ROOT, 'cypher')) loaded = catalog;
  return catalog;
}

/**
 * Looks up the statements a module needs, failing at start-up, not at the
 * first request, when a file is missing.
 */
export function requireStatements<K extends string>(names: Record<K, string>, catalog = cypherCatalog()): Readonly<Record<K, string>> {
  const missing = Object.values<string>(names).filter((name) => !(name in catalog));
  if (missing.length > 0) {
    throw new Error(`missing Cypher file${missing.length > 1 ? 's' : ''}: ${missing.map((m) => `cypher/${m}.cypher`).join(', ')}`);
  }
  const statements = {} as Record<K, string>;
  for (const key of Object.keys(names) as K[]) statements[key] = catalog[names[key]];
  return Object.freeze(statements);
}

/** Splits a file of several `;`-terminated statements (schema files only). */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
