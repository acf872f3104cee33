import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { pageWindow, toConnection, type Page } from '../paging';
import { badInput } from '../errors';
import { matchNames, matchReferenceNames, namePrefixQuery, nameWords, type NameHit } from '../name-lookup';
import { claimsConnection, documentsConnection, idsForNames, idsMatchingName, itemFields, NODE_TYPES, nodeById, Q, type ClaimFilter, type Row } from './shared';

type Args = Record<string, any>;

/** A node of the expected type, or null: `meeting(id: "person:rutte")` is null, not a person. */
async function nodeOfType(ctx: RequestContext, id: string, types: string[]): Promise<Row | null> {
  const node = await nodeById(ctx, id);
  return node && types.includes(node.__typename ?? '') ? node : null;
}

/** A search counts this many hits at most (beyond the page it returns), so that a common word stays cheap. */
export const SEARCH_COUNT_LIMIT = 1000;
/** The longest search text accepted, in characters: a search is some words, not a letter. */
export const MAX_SEARCH_TEXT_LENGTH = 500;

type SearchPage = Page<Row> & { lowestScore: number | null } & Record<string, unknown>;

const LABELS_BY_KIND: Record<string, string> = { DECISION: 'Decision', COMMITMENT: 'Commitment', STANCE: 'Stance' };

async function entitiesConnection(ctx: RequestContext, label: string, ids: string[] | null, args: Args, extra: { natoMember?: boolean | null; officeIds?: string[] | null; at?: string | null } = {}) {
  const window = pageWindow(args);
  const [page] = await ctx.read<Page<Row> & Record<string, unknown>>(Q.entitiesPage, {
    label,
    ids,
    natoMember: extra.natoMember ?? null,
    officeIds: extra.officeIds ?? null,
    at: extra.at ?? null,
    descending: args.orderBy === 'NAME_DESC',
    offset: window.offset,
    limit: window.limit,
  });
  return toConnection(page, window);
}

/** What `lookup` returns for one node. */
interface NameMatch {
  node: Row;
  name: string;
  matched: string;
  exact: boolean;
}

/** The names a node may be found by, its main name first. */
function namesOfRow(row: Row): string[] {
  const aliasText = typeof row.aliasText === 'string' ? row.aliasText.split(' | ') : [];
  const values = [row.name, row.title, row.nameNl, row.titleNl, row.acronym, ...((row.aliases as unknown[]) ?? []), ...aliasText, row.id];
  return values.filter((value): value is string => typeof value === 'string' && value !== '');
}

/** The root fields: each picks its statement and parameters, runs it, and shapes the result. */
export const Query = {
  node: (_: unknown, { id }: Args, ctx: RequestContext) => nodeById(ctx, id),

  meetings: async (_: unknown, { where, orderBy, ...args }: Args, ctx: RequestContext) => {
    const window = pageWindow(args);
    const w = where ?? {};
    const [page] = await ctx.read<Page<Row> & Record<string, unknown>>(Q.meetingsPage, {
      kinds: w.kinds ?? null,
      from: w.from ?? null,
      to: w.to ?? null,
      cityKeys: w.city ? [String(w.city).toLowerCase()] : null,
      ids: w.ids ?? null,
      attendeeId: w.attendee ? idsForNames(ctx, 'where.attendee', [w.attendee])![0] : null,
      descending: orderBy === 'START_DATE_DESC',
      offset: window.offset,
      limit: window.limit,
    });
    return toConnection(page, window);
  },
  meeting: (_: unknown, { id }: Args, ctx: RequestContext) => nodeOfType(ctx, id, ['Meeting']),

  people: (_: unknown, { where, ...args }: Args, ctx: RequestContext) => {
    const w = where ?? {};
    return entitiesConnection(ctx, 'Person', idsMatchingName(ctx, w.name, 'person'), args, {
      officeIds: w.office ? idsForNames(ctx, 'where.office', [w.office], ['office']) : null,
      at: w.at ?? null,
    });
  },
  person: (_: unknown, { id }: Args, ctx: RequestContext) => nodeOfType(ctx, id, ['Person']),
  countries: (_: unknown, { where, ...args }: Args, ctx: RequestContext) =>
    entitiesConnection(ctx, 'Country', idsMatchingName(ctx, where?.name, 'country'), args, { natoMember: where?.natoMember ?? null }),
  country: (_: unknown, { id }: Args, ctx: RequestContext) => nodeOfType(ctx, id, ['Country']),
  organizations: (_: unknown, { where, ...args }: Args, ctx: RequestContext) => entitiesConnection(ctx, 'Organization', idsMatchingName(ctx, where?.name, 'organization'), args),
  organization: (_: unknown, { id }: Args, ctx: RequestContext) => nodeOfType(ctx, id, ['Organization']),
  groups: (_: unknown, { where, ...args }: Args, ctx: RequestContext) => entitiesConnection(ctx, 'Group', idsMatchingName(ctx, where?.name, 'group'), args),
  group: (_: unknown, { id }: Args, ctx: RequestContext) => nodeOfType(ctx, id, ['Group']),
  topics: (_: unknown, { where, ...args }: Args, ctx: RequestContext) => entitiesConnection(ctx, 'Topic', idsMatchingName(ctx, where?.name, 'topic'), args),
  topic: (_: unknown, { id }: Args, ctx: RequestContext) => {
    const found = ctx.names.lookup(id);
    return found && found.kind === 'topic' ? nodeOfType(ctx, found.id, ['Topic']) : null;
  },

  decisions: (_: unknown, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) => claimsConnection(ctx, { labels: ['Decision'], anchor: 'none', ...args, fields: itemFields(info, true) }),
  commitments: (_: unknown, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) => claimsConnection(ctx, { labels: ['Commitment'], anchor: 'none', ...args, fields: itemFields(info, true) }),
  stances: (_: unknown, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) => claimsConnection(ctx, { labels: ['Stance'], anchor: 'none', ...args, fields: itemFields(info, true) }),

  timeline: async (_: unknown, { topic, subjects, actors, from, to, kinds, status, orderBy, first, after }: Args, ctx: RequestContext) => {
    const [topicId] = idsForNames(ctx, 'topic', [topic], ['topic'])!;
    const labels = (kinds ?? ['DECISION', 'COMMITMENT', 'STANCE']).map((k: string) => LABELS_BY_KIND[k]);
    const where: ClaimFilter = { from, to, status };
    const connection = await claimsConnection(ctx, { labels, anchor: 'topic', key: topicId, where, subjects: subjects ?? null, actors: actors ?? null, orderBy, first, after });
    const entry = (claim: Row) => ({ ...claim, kind: String(claim.__typename).toUpperCase(), claim });
    return { ...connection, nodes: connection.nodes.map(entry), edges: connection.edges.map((e) => ({ ...e, node: entry(e.node) })) };
  },

  documents: (_: unknown, args: Args, ctx: RequestContext) => documentsConnection(ctx, 'none', null, args),
  document: (_: unknown, { id }: Args, ctx: RequestContext) => nodeOfType(ctx, id, ['Document']),

  lookup: async (_: unknown, { text, first }: Args, ctx: RequestContext): Promise<NameMatch[]> => {
    if (nameWords(String(text)).length === 0) throw badInput('text', 'give at least one letter or digit of a name, an alias or an id, such as "Rutte" or "Oekraïne"');
    const limit = first ?? 10;
    if (limit === 0) return [];
    const hits: NameHit[] = matchReferenceNames(ctx.names, text, limit);
    // An id of what reference data does not hold (a meeting, a letter, a claim) is looked up as given.
    const asId = String(text).trim();
    if (/^[a-z]+:\S+$/.test(asId) && !hits.some((hit) => hit.id === asId)) hits.unshift({ id: asId, matched: asId, exact: true });
    const { named, found } = await ctx.batch<[string, string[]], { named: Row[]; found: Row[] }>(
      Q.nodesByName,
      { types: NODE_TYPES, limit },
      [namePrefixQuery(text), hits.map((hit) => hit.id)],
    );
    const hitsById = new Map(hits.map((hit) => [hit.id, hit]));
    const matches: NameMatch[] = named.map((node) => ({ node, name: namesOfRow(node)[0], matched: hitsById.get(node.id)!.matched, exact: hitsById.get(node.id)!.exact }));
    for (const node of found) {
      if (hitsById.has(node.id)) continue;
      const names = namesOfRow(node);
      const match = matchNames(text, names) ?? { matched: names[0], exact: false };
      matches.push({ node, name: names[0], ...match });
    }
    // Stable: within exact and inexact matches, reference names keep their order, then the index's.
    return matches.sort((a, b) => Number(b.exact) - Number(a.exact)).slice(0, limit);
  },

  search: async (_: unknown, { text, where, ...args }: Args, ctx: RequestContext) => {
    if (String(text).trim() === '') throw badInput('text', 'give at least one word to search for');
    if (String(text).length > MAX_SEARCH_TEXT_LENGTH) {
      throw badInput('text', `is ${String(text).length} characters long, more than the ${MAX_SEARCH_TEXT_LENGTH} a search may have; search for fewer words`);
    }
    const window = pageWindow(args);
    const w = where ?? {};
    const conditions = { kinds: w.kinds ?? null, from: w.from ?? null, to: w.to ?? null, documentId: w.document ?? null };
    const searchPage = (countLimit: number | null) =>
      ctx.read<SearchPage>(Q.searchPage, { text, ...conditions, offset: window.offset, limit: window.limit, countLimit }, { searchText: text });
    // Conditions on the letters are checked hit by hit, so the index cannot stop early for them.
    const noConditions = Object.values(conditions).every((value) => value === null);
    const countLimit = noConditions ? Math.max(SEARCH_COUNT_LIMIT, window.offset + window.limit) + 1 : null;
    let [page] = await searchPage(countLimit);
    let totalCountIsExact = countLimit === null || page.totalCount < countLimit;
    // Hits tied with the last one counted may have been cut in the index's order, not ours: count them all.
    if (!totalCountIsExact && page.items.some((hit) => hit.score === page.lowestScore)) {
      [page] = await searchPage(null);
      totalCountIsExact = true;
    }
    return { ...toConnection({ totalCount: page.totalCount, items: page.items.map((hit) => ({ ...hit, text })) }, window), totalCountIsExact };
  },
};
