import { cypherCatalog, requireStatements, splitStatements } from './cypher-catalog';
import type { Executor, Reader } from './executor';

const SCHEMA_FILES = ['schema/constraints', 'schema/indexes', 'schema/fulltext'];
const ADMIN = requireStatements({
  awaitIndexes: 'admin/await-indexes',
  onlineSchemaObjects: 'admin/online-schema-objects',
  constraintNames: 'admin/constraint-names',
});

/** Every schema statement, in the order they are applied. */
export function schemaStatements(catalog = cypherCatalog()): string[] {
  return SCHEMA_FILES.flatMap((name) => {
    const text = catalog[name];
    if (text === undefined) throw new Error(`missing Cypher file: cypher/${name}.cypher`);
    return splitStatements(text);
  });
}

/** The names of the constraints and indexes the schema files create. */
export function schemaObjectNames(catalog = cypherCatalog()): string[] {
  return schemaStatements(catalog).map((statement) => {
    const match = /^CREATE\s+(?:FULLTEXT\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)/i.exec(statement);
    if (!match) throw new Error(`schema statement without a name: ${statement.slice(0, 80)}`);
    return match[1];
  });
}

/**
 * Creates the constraints and indexes that do not exist yet (every statement
 * is `IF NOT EXISTS`, so applying twice changes nothing) and waits until the
 * indexes are online.
 */
export async function applySchema(executor: Executor): Promise<void> {
  for (const statement of schemaStatements()) await executor.write(statement);
  await executor.write(ADMIN.awaitIndexes);
}

/** Whether every constraint and index of the schema files exists and is online. */
export async function schemaIsApplied(reader: Reader): Promise<boolean> {
  const names = schemaObjectNames();
  const [indexes, constraints] = await Promise.all([
    reader.read<{ name: string }>(ADMIN.onlineSchemaObjects, { names }),
    reader.read<{ name: string }>(ADMIN.constraintNames, { names }),
  ]);
  const rows = [...indexes, ...constraints];
  const present = new Set(rows.map((r) => r.name));
  return names.every((name) => present.has(name));
}
