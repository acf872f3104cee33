import { badInput, quoted } from './errors';
import { MAX_PAGE_SIZE } from './limits';

/** A page of a connection as Cypher returns it: the total and the items of this page. */
export interface Page<T> {
  totalCount: number;
  items: T[];
}

export interface PageWindow {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';
const CURSOR_PATTERN = /^offset:(0|[1-9][0-9]{0,9})$/;
// Cypher indexes lists with 32-bit integers, and a page ends `first` items after its cursor:
// no list the API pages through is longer, so no cursor it gives out points further.
const MAX_POSITION = 2 ** 31 - 2 - MAX_PAGE_SIZE;

/**
 * Turns `first` and `after` into the window Cypher skips to. Cursors are
 * opaque to clients (base64 of a position in the ordered list); one the API
 * could not have given out (not its base64 exactly, or past any list it
 * serves) is rejected naming `after`.
 */
export function pageWindow(args: { first?: number | null; after?: string | null }): PageWindow {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `takes a whole number from 0 to ${MAX_PAGE_SIZE}, got ${first}; page through the rest with \`after\``);
  }
  let offset = 0;
  if (args.after) {
    const decoded = CURSOR_PATTERN.exec(Buffer.from(args.after, 'base64').toString('utf8'));
    const position = decoded ? Number(decoded[1]) : NaN;
    if (!(position <= MAX_POSITION) || cursorAt(position) !== args.after) {
      throw badInput('after', `${quoted(args.after)} is not a cursor this API gave out; pass a pageInfo.endCursor or an edge's cursor`);
    }
    offset = position + 1;
  }
  return { offset, limit: first };
}

export function cursorAt(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`, 'utf8').toString('base64');
}

/** The Relay connection for one page. */
export function toConnection<T>(page: Page<T>, window: PageWindow) {
  const edges = page.items.map((node, i) => ({ cursor: cursorAt(window.offset + i), node }));
  return {
    totalCount: page.totalCount,
    nodes: page.items,
    edges,
    pageInfo: {
      hasNextPage: window.offset + page.items.length < page.totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
