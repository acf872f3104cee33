import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { attendancesOf, claimsConnection, documentsConnection, itemFields, passagesConnection, property, Q, related, type Row } from './shared';

type Args = Record<string, any>;

const actorClaims = (labels: string[]) => (actor: Row, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) =>
  claimsConnection(ctx, { labels, anchor: 'actor', key: actor.id, ...args, fields: itemFields(info, true) });

/** Fields every actor type shares. */
const actorFields = {
  aliases: async (a: Row, _: Args, ctx: RequestContext) => (await property<string[] | null>(ctx, a, 'aliases')) ?? [],
  attendances: (a: Row, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) => attendancesOf(ctx, 'actor', a.id, args, itemFields(info, false)),
  decisions: actorClaims(['Decision']),
  commitments: actorClaims(['Commitment']),
  stances: actorClaims(['Stance']),
  passages: (a: Row, args: Args, ctx: RequestContext) => passagesConnection(ctx, 'entity', a.id, args),
};

const memberships = (a: Row, _: Args, ctx: RequestContext) => related(ctx, a, 'memberships', Q.actorDetails);
const members = (a: Row, _: Args, ctx: RequestContext) => related(ctx, a, 'members', Q.actorDetails);

export const Person = {
  ...actorFields,
  country: (p: Row, _: Args, ctx: RequestContext) => related(ctx, p, 'country', Q.actorDetails),
  offices: async (p: Row, { at }: Args, ctx: RequestContext) => {
    const terms = await related<Row[]>(ctx, p, 'offices', Q.actorDetails);
    return at ? terms.filter((t) => String(t.from) <= at && (t.to === null || String(t.to) > at)) : terms;
  },
  documentsSigned: (p: Row, args: Args, ctx: RequestContext) => documentsConnection(ctx, 'signedBy', p.id, args),
};

export const Country = { ...actorFields, memberships, natoMember: async (c: Row, _: Args, ctx: RequestContext) => Boolean(await property(ctx, c, 'natoMember')) };
export const Organization = { ...actorFields, memberships, members };
export const Group = { ...actorFields, memberships, members };

export const Office = {
  aliases: async (o: Row, _: Args, ctx: RequestContext) => (await property<string[] | null>(ctx, o, 'aliases')) ?? [],
  country: (o: Row, _: Args, ctx: RequestContext) => related(ctx, o, 'country', Q.officeDetails),
  organization: (o: Row, _: Args, ctx: RequestContext) => related(ctx, o, 'organization', Q.officeDetails),
  terms: (o: Row, _: Args, ctx: RequestContext) => related(ctx, o, 'terms', Q.officeDetails),
  holderAt: async (o: Row, { date }: Args, ctx: RequestContext) => {
    const terms = await related<Row[]>(ctx, o, 'terms', Q.officeDetails);
    return terms.find((t) => String(t.from) <= date && (t.to === null || String(t.to) > date))?.holder ?? null;
  },
};
