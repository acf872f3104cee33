import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { attendancesOf, claimsConnection, itemFields, passagesConnection, Q, related, type Row } from './shared';

type Args = Record<string, any>;

/** A nested list of claims under a meeting: the parent's id is the anchor. */
const meetingClaims = (labels: string[]) => (meeting: Row, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) =>
  claimsConnection(ctx, { labels, anchor: 'meeting', key: meeting.id, ...args, fields: itemFields(info, true) });

export const Meeting = {
  country: (m: Row, _: Args, ctx: RequestContext) => related(ctx, m, 'country', Q.meetingDetails),
  sessions: (m: Row, _: Args, ctx: RequestContext) => related(ctx, m, 'sessions', Q.meetingDetails),
  topics: (m: Row, _: Args, ctx: RequestContext) => related(ctx, m, 'topics', Q.meetingDetails),
  preparedBy: (m: Row, _: Args, ctx: RequestContext) => related(ctx, m, 'preparedBy', Q.meetingDetails),
  prepares: (m: Row, _: Args, ctx: RequestContext) => related(ctx, m, 'prepares', Q.meetingDetails),
  documents: async (m: Row, { kinds }: Args, ctx: RequestContext) => {
    const documents = await related<Row[]>(ctx, m, 'documents', Q.meetingDetails);
    return kinds ? documents.filter((d) => kinds.includes(d.kind)) : documents;
  },
  attendances: (m: Row, { status }: Args, ctx: RequestContext, info: GraphQLResolveInfo) => attendancesOf(ctx, 'meeting', m.id, { status }, itemFields(info, false)),
  decisions: meetingClaims(['Decision']),
  commitments: meetingClaims(['Commitment']),
  stances: meetingClaims(['Stance']),
  passages: (m: Row, args: Args, ctx: RequestContext) => passagesConnection(ctx, 'meeting', m.id, args),
};

export const Session = {
  meeting: (s: Row, _: Args, ctx: RequestContext) => related(ctx, s, 'meeting', Q.sessionDetails),
  organization: (s: Row, _: Args, ctx: RequestContext) => related(ctx, s, 'organization', Q.sessionDetails),
  attendances: (s: Row, _: Args, ctx: RequestContext, info: GraphQLResolveInfo) => attendancesOf(ctx, 'session', s.id, {}, itemFields(info, false)),
};

/** An attendance's own fields, from its list's statement, or fetched for one reached by id (`node`). */
async function attendanceField(ctx: RequestContext, a: Row, field: string): Promise<unknown> {
  if (a[field] !== undefined) return a[field];
  const [full] = await attendancesOf(ctx, 'self', a.id);
  return full?.[field] ?? null;
}

export const Attendance = {
  actor: (a: Row, _: Args, ctx: RequestContext) => attendanceField(ctx, a, 'actor'),
  meeting: (a: Row, _: Args, ctx: RequestContext) => attendanceField(ctx, a, 'meeting'),
  session: (a: Row, _: Args, ctx: RequestContext) => attendanceField(ctx, a, 'session'),
  officeTerm: (a: Row, _: Args, ctx: RequestContext) => attendanceField(ctx, a, 'officeTerm'),
  evidence: (a: Row, _: Args, ctx: RequestContext) => attendanceField(ctx, a, 'evidence'),
  person: async (a: Row, _: Args, ctx: RequestContext) => {
    const actor = (await attendanceField(ctx, a, 'actor')) as Row | null;
    return actor?.__typename === 'Person' ? actor : null;
  },
  summary: async (a: Row, _: Args, ctx: RequestContext) => {
    const actor = ((await attendanceField(ctx, a, 'actor')) as Row | null)?.name ?? 'An actor';
    const meeting = ((await attendanceField(ctx, a, 'meeting')) as Row | null)?.name ?? 'the meeting';
    const verb = { ATTENDED: 'attended', PLANNED: 'planned to attend', INVITED: 'was invited to', REPRESENTED: 'was represented at' }[String(a.status)] ?? 'attended';
    return `${actor} ${verb} ${meeting}${a.office ? ` as ${a.office}` : ''}.`;
  },
  // Who represented an actor is known by office only (the letters name no Permanent Representative by name).
  representedBy: () => null,
  document: async (a: Row, _: Args, ctx: RequestContext) => ((await attendanceField(ctx, a, 'evidence')) as Row[] | null)?.[0]?.document ?? null,
};
