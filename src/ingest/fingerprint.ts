import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defaultReferenceDir } from '../reference';

let cached: string | undefined;

/**
 * A hash of what turns a letter into a graph: the pipeline's own code and
 * the reference data. A letter is loaded again when its text or this
 * fingerprint changed, so better rules reach letters already in the graph.
 */
export function pipelineFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const add = (dir: string, pattern: RegExp) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!entry.isFile() || !pattern.test(entry.name) || /\.test\./.test(entry.name)) continue;
      const file = path.join(entry.parentPath ?? dir, entry.name);
      hash.update(path.relative(dir, file)).update(fs.readFileSync(file));
    }
  };
  add(__dirname, /\.(ts|js)$/);
  add(defaultReferenceDir(), /\.ya?ml$/);
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
