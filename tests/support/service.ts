import fs from 'node:fs';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { startService, type RunningService } from '../../src/api/http-server';
import { testConfig } from './test-env';

/** The project's own copy of the contract's journeys, by operation name. */
export function journeys(): Record<string, string> {
  const document = parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'journeys.graphql'), 'utf8'));
  const byName: Record<string, string> = {};
  for (const definition of document.definitions as OperationDefinitionNode[]) byName[definition.name!.value] = print(definition);
  return byName;
}

export interface TestService {
  url: string;
  db: Database;
  post(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/** The real service on a free port of 127.0.0.1, over the tests' Neo4j. */
export async function startTestService(overrides: Record<string, string> = {}): Promise<TestService> {
  const config = testConfig(overrides);
  const db = await connect(config.neo4j);
  const service: RunningService = await startService(config, new Executor(db.driver, db.database));
  return {
    url: service.url,
    db,
    async post(query, variables = {}) {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    async stop() {
      await service.stop();
      await db.driver.close();
    },
  };
}

const originals = new Map<string, string>();

/** The original text of a seed letter, as stored under seeds/. */
export function seedText(fileName: string): string {
  if (!originals.has(fileName)) originals.set(fileName, fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', fileName), 'utf8'));
  return originals.get(fileName)!;
}
