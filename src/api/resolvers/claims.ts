import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { claimsConnection, itemFields, nodeById, passagesConnection, property, Q, related, type Row } from './shared';

type Args = Record<string, any>;

/** Fields every claim shares; a claim reached by id has its lists fetched by `claim-details`. */
const claimFields = {
  subjects: (c: Row, _: Args, ctx: RequestContext) => related(ctx, c, 'subjects', Q.claimDetails),
  topics: (c: Row, _: Args, ctx: RequestContext) => related(ctx, c, 'topics', Q.claimDetails),
  meeting: (c: Row, _: Args, ctx: RequestContext) => related(ctx, c, 'meeting', Q.claimDetails),
  session: (c: Row, _: Args, ctx: RequestContext) => related(ctx, c, 'session', Q.claimDetails),
  evidence: (c: Row, _: Args, ctx: RequestContext) => related(ctx, c, 'evidence', Q.claimDetails),
  document: async (c: Row, _: Args, ctx: RequestContext) => (await related<Row[]>(ctx, c, 'evidence', Q.claimDetails))[0]?.document ?? null,
};
const actorsOf = (c: Row, _: Args, ctx: RequestContext) => related(ctx, c, 'actors', Q.claimDetails);

const decisionById = async (ctx: RequestContext, id: string | null) => (id ? nodeById(ctx, id) : null);

/** The decisions a decision's details list under `field`, in that order. */
async function decisionsById(ctx: RequestContext, d: Row, field: 'reaffirms' | 'expectedAs') {
  const ids = await related<string[]>(ctx, d, field, Q.decisionDetails);
  return (await Promise.all(ids.map((id) => nodeById(ctx, id)))).filter(Boolean);
}

export const Decision = {
  ...claimFields,
  decidedBy: actorsOf,
  reaffirms: (d: Row, _: Args, ctx: RequestContext) => decisionsById(ctx, d, 'reaffirms'),
  reaffirmedBy: (d: Row, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) =>
    claimsConnection(ctx, { labels: ['Decision'], anchor: 'reaffirmedBy', key: d.id, ...args, fields: itemFields(info, true) }),
  expectedAs: (d: Row, _: Args, ctx: RequestContext) => decisionsById(ctx, d, 'expectedAs'),
  takenAs: async (d: Row, _: Args, ctx: RequestContext) => decisionById(ctx, await related<string | null>(ctx, d, 'takenAs', Q.decisionDetails)),
};
export const Commitment = { ...claimFields, committedBy: actorsOf, years: (c: Row) => c.years ?? [] };
export const Stance = { ...claimFields, heldBy: actorsOf };

export const TimelineEntry = {
  actors: actorsOf,
  subjects: claimFields.subjects,
  topics: claimFields.topics,
  meeting: claimFields.meeting,
  evidence: claimFields.evidence,
};

const topicClaims = (labels: string[]) => (topic: Row, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) =>
  claimsConnection(ctx, { labels, anchor: 'topic', key: topic.id, ...args, fields: itemFields(info, true) });

export const Topic = {
  aliases: async (t: Row, _: Args, ctx: RequestContext) => (await property<string[] | null>(ctx, t, 'aliases')) ?? [],
  decisions: topicClaims(['Decision']),
  commitments: topicClaims(['Commitment']),
  stances: topicClaims(['Stance']),
  passages: (t: Row, args: Args, ctx: RequestContext) => passagesConnection(ctx, 'entity', t.id, args),
};
