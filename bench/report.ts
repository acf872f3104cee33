import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';

/** The machine a benchmark ran on, for its JSON, with the Neo4j it ran against (its version, or more about it). */
export function machineDescription(neo4j: string | Record<string, unknown> | null) {
  return {
    nproc: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? null,
    totalMemMb: os.totalmem() / 1e6,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    neo4j,
  };
}

/** Writes a benchmark's result as JSON and says where. */
export function writeResult(file: string, result: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(PROJECT_ROOT, file)}\n`);
}

/** Runs a benchmark's main function as a command: a failure prints its stack and exits 1. */
export function runAsCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
