import { DateScalar, typeOf } from './shared';
import { Query } from './query';
import { Attendance, Meeting, Session } from './meetings';
import { Country, Group, Office, Organization, Person } from './actors';
import { Commitment, Decision, Stance, TimelineEntry, Topic } from './claims';
import { Document, Evidence, Passage, SearchHit } from './documents';

/** Every resolver of the schema in schema/*.graphql; fields not named here are read off the parent. */
export const resolvers = {
  Date: DateScalar,
  Node: { __resolveType: typeOf },
  Actor: { __resolveType: typeOf },
  Claim: { __resolveType: typeOf },
  Query,
  Meeting,
  Session,
  Attendance,
  Person,
  Country,
  Organization,
  Group,
  Office,
  Decision,
  Commitment,
  Stance,
  TimelineEntry,
  Topic,
  Document,
  Passage,
  Evidence,
  SearchHit,
};
