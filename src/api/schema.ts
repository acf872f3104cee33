import fs from 'node:fs';
import path from 'node:path';
import gql from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { PROJECT_ROOT } from '../config';

/**
 * The API's type definitions: every `schema/*.graphql` file, parsed with
 * graphql-tag. The SDL files are the only description of the API.
 */
export function loadTypeDefs(dir = path.join(PROJECT_ROOT, 'schema')): DocumentNode[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  if (files.length === 0) throw new Error(`no .graphql files in ${dir}`);
  return files.map((file) => {
    try {
      return gql(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      throw new Error(`schema/${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
