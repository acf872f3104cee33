import { GraphQLScalarType, Kind, type GraphQLFieldResolver, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { requireStatements } from '../../db/cypher-catalog';
import type { RequestContext } from '../context';
import { badInput } from '../errors';
import { pageWindow, toConnection, type Page } from '../paging';

/** Every statement the API runs, checked at start-up. */
export const Q = requireStatements({
  nodeById: 'query/node-by-id',
  documentText: 'query/document-text',
  documentClaims: 'query/document-claims',
  meetingsPage: 'query/meetings-page',
  attendances: 'query/attendances',
  claimsPage: 'query/claims-page',
  claimDetails: 'query/claim-details',
  decisionDetails: 'query/decision-details',
  meetingDetails: 'query/meeting-details',
  sessionDetails: 'query/session-details',
  actorDetails: 'query/actor-details',
  officeDetails: 'query/office-details',
  documentDetails: 'query/document-details',
  passageDetails: 'query/passage-details',
  passagesPage: 'query/passages-page',
  documentsPage: 'query/documents-page',
  entitiesPage: 'query/entities-page',
  searchPage: 'query/search-page',
  nodesByName: 'query/nodes-by-name',
});

/** A node as Cypher returns it: its properties, its GraphQL type name, and whatever came with it. */
export type Row = Record<string, unknown> & { id: string; __typename?: string };

export const NODE_TYPES = ['Meeting', 'Session', 'Person', 'Country', 'Organization', 'Group', 'Office', 'Topic', 'Document', 'Passage', 'Attendance', 'Decision', 'Commitment', 'Stance'];

/** Loads any nodes by id, batched per request; unknown ids give null. */
export function nodeById(ctx: RequestContext, id: string): Promise<Row | null> {
  return ctx.batch<string, Row | null>(Q.nodeById, { types: NODE_TYPES }, id);
}

/**
 * A field of a row. Statements that return many rows bring their actors,
 * topics and meetings as partial rows (marked `__partial`), with the fields
 * lists mostly show, so that they carry less; any other field is read from the
 * whole node, fetched by id (batched per request).
 */
export function property<T>(ctx: RequestContext, row: Row, field: string): T | Promise<T> {
  if (row[field] !== undefined || row.__partial !== true) return row[field] as T;
  return nodeById(ctx, row.id).then((full) => (full?.[field] ?? null) as T);
}

/** The resolver of every field that has none of its own: the parent's property of the same name. */
export const fieldResolver: GraphQLFieldResolver<Row, RequestContext> = (row, _args, ctx, info) => property(ctx, row, info.fieldName);

/**
 * The value of `field` on `parent`: taken from the parent when its statement
 * brought it along, otherwise from the batched `details` statement of the
 * parent's type, one statement for every parent of the response.
 */
export async function related<T>(ctx: RequestContext, parent: Row, field: string, details: string): Promise<T> {
  if (parent[field] !== undefined) return parent[field] as T;
  const all = await ctx.batch<string, Record<string, unknown> | null>(details, {}, parent.id);
  return (all?.[field] ?? null) as T;
}

/**
 * The names of the fields the operation asks for on the items of the list
 * being resolved: under `nodes` and `edges { node }` of a connection, or on
 * the list itself. Fragments of every type condition count, so this may name
 * more than one item type has: a statement that leaves out what is not named
 * here only saves work, since any field left out is fetched when asked for.
 */
export function itemFields(info: GraphQLResolveInfo, connection: boolean): Set<string> {
  const fields = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, depth: 'list' | 'edges' | 'item') => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, depth);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[selection.name.value]?.selectionSet, depth);
      else if (depth === 'item') fields.add(selection.name.value);
      else if (depth === 'list' && selection.name.value === 'nodes') visit(selection.selectionSet, 'item');
      else if (depth === 'list' && selection.name.value === 'edges') visit(selection.selectionSet, 'edges');
      else if (depth === 'edges' && selection.name.value === 'node') visit(selection.selectionSet, 'item');
    }
  };
  for (const field of info.fieldNodes) visit(field.selectionSet, connection ? 'list' : 'item');
  return fields;
}

/**
 * Which related lists a statement brings with its items, from the fields
 * asked for (`null`: no selection known, bring them all). Each list is named
 * by its key in the item and by the fields that read it.
 */
function listsToFetch<K extends string>(fields: Set<string> | null, readers: Record<K, string[]>): Record<K, boolean> {
  const fetch = {} as Record<K, boolean>;
  for (const key of Object.keys(readers) as K[]) fetch[key] = fields === null || readers[key].some((field) => fields.has(field));
  return fetch;
}

/** Removes the keys of lists a statement did not bring, so that their fields fall back to fetching by id. */
function withoutUnfetched<K extends string>(item: Row, fetch: Record<K, boolean>): Row {
  for (const key of Object.keys(fetch) as K[]) if (!fetch[key]) delete item[key];
  return item;
}

/** `YYYY-MM-DD`, checked to be a real day. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('Date', 'expected a string such as "2021-06-14"');
    return parseDate(ast.value);
  },
});

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw badInput('Date', `expected a day as YYYY-MM-DD, such as "2021-06-14", got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Resolves names given as arguments (an id, a name or an alias, in Dutch or
 * English) to ids; a name nothing has is rejected, naming the argument.
 */
export function idsForNames(ctx: RequestContext, argument: string, names: readonly string[] | null | undefined, kinds?: readonly string[]): string[] | null {
  if (names === null || names === undefined) return null;
  return names.map((name) => {
    const found = ctx.names.lookup(name);
    if (!found || (kinds && !kinds.includes(found.kind))) {
      throw badInput(argument, `nothing in the graph is called '${name}'; give an id (such as 'country:UKR' or 'topic:open-door'), or a name or alias in Dutch or English`);
    }
    return found.id;
  });
}

/** Like `idsForNames` but for names that may match nothing (searching people by name): no error, just no ids. */
export function idsMatchingName(ctx: RequestContext, name: string | null | undefined, kind: string): string[] | null {
  if (name === null || name === undefined) return null;
  const found = ctx.names.lookup(name);
  return found && found.kind === kind ? [found.id] : [];
}

export interface ClaimFilter {
  topic?: string | null;
  subject?: string | null;
  actor?: string | null;
  meeting?: string | null;
  document?: string | null;
  status?: string | null;
  kinds?: string[] | null;
  from?: string | null;
  to?: string | null;
  year?: number | null;
}

export type ClaimAnchor = 'none' | 'meeting' | 'topic' | 'actor' | 'reaffirmedBy';

/**
 * One page of claims as a connection: the root lists, the lists under a
 * meeting, topic or actor, and the timeline all come through here, batched
 * so that sibling lists cost one statement.
 */
export async function claimsConnection(
  ctx: RequestContext,
  request: {
    labels: string[];
    anchor: ClaimAnchor;
    key?: string | null;
    roles?: string[];
    where?: ClaimFilter | null;
    subjects?: string[] | null;
    actors?: string[] | null;
    orderBy?: string | null;
    first?: number | null;
    after?: string | null;
    /** The fields asked for on each claim; without it every related list is brought. */
    fields?: Set<string> | null;
  },
) {
  const window = pageWindow(request);
  const fetch = listsToFetch(request.fields ?? null, CLAIM_LISTS);
  const where = request.where ?? {};
  const subjectIds = request.subjects !== undefined ? idsForNames(ctx, 'subjects', request.subjects) : idsForNames(ctx, 'where.subject', where.subject ? [where.subject] : null);
  const actorIds = request.actors !== undefined ? idsForNames(ctx, 'actors', request.actors) : idsForNames(ctx, 'where.actor', where.actor ? [where.actor] : null);
  const shared = {
    labels: request.labels,
    anchor: request.anchor,
    roles: request.roles ?? ['ACTOR', 'SUBJECT'],
    topicIds: idsForNames(ctx, 'where.topic', where.topic ? [where.topic] : null, ['topic']),
    subjectIds,
    actorIds,
    meetingId: where.meeting ?? null,
    documentId: where.document ?? null,
    status: where.status ?? null,
    kinds: where.kinds ?? null,
    from: where.from ?? null,
    to: where.to ?? null,
    year: where.year ?? null,
    descending: request.orderBy === 'DATE_DESC',
    offset: window.offset,
    limit: window.limit,
    fetch,
  };
  // DataLoader keys cannot be null; the root list (anchor 'none') ignores its key.
  const page = await ctx.batch<string, Page<Row>>(Q.claimsPage, shared, request.key ?? '');
  const items = (page?.items ?? []).map((item) => withoutUnfetched(item, fetch));
  return toConnection({ totalCount: page?.totalCount ?? 0, items }, window);
}

/** The related lists the claims statement can bring, each with the claim fields that read it. */
const CLAIM_LISTS = {
  actors: ['decidedBy', 'committedBy', 'heldBy', 'actors'],
  subjects: ['subjects'],
  topics: ['topics'],
  meeting: ['meeting'],
  evidence: ['evidence', 'document'],
};

/** One page of passages of a letter, or mentioning an entity or meeting. */
export async function passagesConnection(ctx: RequestContext, anchor: 'document' | 'entity' | 'meeting', key: string, args: { first?: number | null; after?: string | null }) {
  const window = pageWindow(args);
  const page = await ctx.batch<string, Page<Row>>(Q.passagesPage, { anchor, offset: window.offset, limit: window.limit }, key);
  return toConnection(page ?? { totalCount: 0, items: [] }, window);
}

/** One page of letters: all of them, those a person signed, or those citing a letter. */
export async function documentsConnection(
  ctx: RequestContext,
  anchor: 'none' | 'signedBy' | 'citedBy',
  key: string | null,
  args: { where?: { kinds?: string[] | null; from?: string | null; to?: string | null; kamerstuk?: string | null; meeting?: string | null } | null; orderBy?: string | null; first?: number | null; after?: string | null },
) {
  const window = pageWindow(args);
  const where = args.where ?? {};
  const shared = {
    anchor,
    kinds: where.kinds ?? null,
    from: where.from ?? null,
    to: where.to ?? null,
    kamerstuk: where.kamerstuk ?? null,
    meetingId: where.meeting ?? null,
    descending: args.orderBy === 'DATE_DESC',
    offset: window.offset,
    limit: window.limit,
  };
  const page = await ctx.batch<string, Page<Row>>(Q.documentsPage, shared, key ?? '');
  return toConnection(page ?? { totalCount: 0, items: [] }, window);
}

/**
 * The attendances of a meeting, session or actor, batched across all of them in a response.
 * `fields`, the fields asked for on each attendance, limits what is brought with them.
 */
export function attendancesOf(
  ctx: RequestContext,
  anchor: 'meeting' | 'session' | 'actor' | 'self',
  key: string,
  args: { status?: string[] | null; from?: string | null; to?: string | null } = {},
  fields: Set<string> | null = null,
) {
  const fetch = listsToFetch(fields, ATTENDANCE_LISTS);
  const shared = { anchor, statuses: args.status ?? null, from: args.from ?? null, to: args.to ?? null, fetch };
  return ctx.batch<string, Row[]>(Q.attendances, shared, key).then((rows) => (rows ?? []).map((row) => withoutUnfetched(row, fetch)));
}

/** What the attendances statement can bring with each attendance, with the fields that read it. */
const ATTENDANCE_LISTS = {
  meeting: ['meeting', 'summary'],
  session: ['session'],
  officeTerm: ['officeTerm'],
  evidence: ['evidence', 'document'],
};

/** Resolves the concrete type of a Node, Actor or Claim from the label its statement reported. */
export function typeOf(value: Row): string | undefined {
  return value.__typename;
}
