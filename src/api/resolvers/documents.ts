import type { RequestContext } from '../context';
import { documentsConnection, nodeById, passagesConnection, Q, related, type Row } from './shared';
import { snippetFor } from '../snippet';

type Args = Record<string, any>;

export const Document = {
  // The full text is large, so statements leave it out and it is fetched only when asked for.
  text: (d: Row, _: Args, ctx: RequestContext) => ctx.batch<string, string | null>(Q.documentText, {}, d.id),
  signatories: (d: Row, _: Args, ctx: RequestContext) => related(ctx, d, 'signatories', Q.documentDetails),
  meetings: (d: Row, _: Args, ctx: RequestContext) => related(ctx, d, 'meetings', Q.documentDetails),
  cites: (d: Row, _: Args, ctx: RequestContext) => related(ctx, d, 'cites', Q.documentDetails),
  passages: (d: Row, args: Args, ctx: RequestContext) => passagesConnection(ctx, 'document', d.id, args),
  claims: async (d: Row, _: Args, ctx: RequestContext) => (await ctx.batch<string, Row[] | null>(Q.documentClaims, {}, d.id)) ?? [],
  citedBy: (d: Row, args: Args, ctx: RequestContext) => documentsConnection(ctx, 'citedBy', d.id, args),
};

export const Passage = {
  document: (p: Row, _: Args, ctx: RequestContext) => related(ctx, p, 'document', Q.passageDetails),
  actors: (p: Row, _: Args, ctx: RequestContext) => related(ctx, p, 'actors', Q.passageDetails),
  topics: (p: Row, _: Args, ctx: RequestContext) => related(ctx, p, 'topics', Q.passageDetails),
  meetings: (p: Row, _: Args, ctx: RequestContext) => related(ctx, p, 'meetings', Q.passageDetails),
  claims: async (p: Row, _: Args, ctx: RequestContext) => {
    const ids = await related<string[]>(ctx, p, 'claimIds', Q.passageDetails);
    return (await Promise.all(ids.map((id) => nodeById(ctx, id)))).filter(Boolean);
  },
};

export const Evidence = {
  passage: (e: Row) => e.passage ?? null,
};

export const SearchHit = {
  snippet: (hit: Row) => snippetFor(String((hit.passage as Row).text ?? ''), String(hit.text)),
};
