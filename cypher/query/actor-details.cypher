// The small lists around each person, country, organization or group.
UNWIND $keys AS key
MATCH (a:Actor {id: key})
RETURN key, {
  country: head([(a)-[:CITIZEN_OF]->(c) | c {.*, __typename: 'Country'}]),
  offices: COLLECT {
    MATCH (a)-[h:HELD]->(o:Office)
    WITH a, h, o ORDER BY h.from
    RETURN {title: o.title, from: h.from, to: h.to, source: h.source, office: o {.*, __typename: 'Office'}, holder: a {.*, __typename: 'Person'}}
  },
  memberships: COLLECT {
    MATCH (a)-[r:MEMBER_OF]->(g)
    WITH a, r, g ORDER BY g.name
    RETURN {since: r.since, until: r.until, source: r.source,
            member: a {.*, __typename: head([l IN labels(a) WHERE l IN ['Person', 'Country', 'Organization', 'Group']])},
            memberOf: g {.*, __typename: head([l IN labels(g) WHERE l IN ['Person', 'Country', 'Organization', 'Group']])}}
  },
  members: COLLECT {
    MATCH (a)<-[r:MEMBER_OF]-(c)
    WITH a, r, c ORDER BY c.name
    RETURN {since: r.since, until: r.until, source: r.source,
            member: c {.*, __typename: head([l IN labels(c) WHERE l IN ['Person', 'Country', 'Organization', 'Group']])},
            memberOf: a {.*, __typename: head([l IN labels(a) WHERE l IN ['Person', 'Country', 'Organization', 'Group']])}}
  }
} AS value
