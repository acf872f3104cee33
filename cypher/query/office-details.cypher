UNWIND $keys AS key
MATCH (o:Office {id: key})
RETURN key, {
  country: head([(o)-[:OFFICE_OF]->(c:Country) | c {.*, __typename: 'Country'}]),
  organization: head([(o)-[:OFFICE_OF]->(g:Organization) | g {.*, __typename: 'Organization'}]),
  terms: COLLECT {
    MATCH (o)<-[h:HELD]-(p:Person)
    WITH o, h, p ORDER BY h.from
    RETURN {title: o.title, from: h.from, to: h.to, source: h.source, office: o {.*, __typename: 'Office'}, holder: p {.*, __typename: 'Person'}}
  }
} AS value
