import type { RequestContext } from '../context';
import { attendancesOf, claimsConnection, passagesConnection, Q, related, type Row } from './shared';

type Args = Record<string, any>;

/** A nested list of claims under a meeting: the parent's id is the anchor. */
const meetingClaims = (labels: string[]) => (meeting: Row, args: Args, ctx: RequestContext) =>
  claimsConnection(ctx, { labels, anchor: 'meeting', key: meeting.id, ...args });

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
  attendances: (m: Row, { status }: Args, ctx: RequestContext) => attendancesOf(ctx, 'meeting', m.id, { status }),
  decisions: meetingClaims(['Decision']),
  commitments: meetingClaims(['Commitment']),
  stances: meetingClaims(['Stance']),
  passages: (m: Row, args: Args, ctx: RequestContext) => passagesConnection(ctx, 'meeting', m.id, args),
};

export const Session = {
  meeting: (s: Row, _: Args, ctx: RequestContext) => related(ctx, s, 'meeting', Q.sessionDetails),
  organization: (s: Row, _: Args, ctx: RequestContext) => related(ctx, s, 'organization', Q.sessionDetails),
  attendances: (s: Row, _: Args, ctx: RequestContext) => attendancesOf(ctx, 'session', s.id),
};

export const Attendance = {
  person: (a: Row) => ((a.actor as Row | undefined)?.__typename === 'Person' ? a.actor : null),
  summary: (a: Row) => {
    const actor = (a.actor as Row | undefined)?.name ?? 'An actor';
    const meeting = (a.meeting as Row | undefined)?.name ?? 'the meeting';
    const verb = { ATTENDED: 'attended', PLANNED: 'planned to attend', INVITED: 'was invited to', REPRESENTED: 'was represented at' }[String(a.status)] ?? 'attended';
    return `${actor} ${verb} ${meeting}${a.office ? ` as ${a.office}` : ''}.`;
  },
  representedBy: () => null,
  document: (a: Row) => (a.evidence as Row[] | undefined)?.[0]?.document ?? null,
};
