import { foldName } from '../reference/fold-text';
import type { ReferenceData } from '../reference';
import { requireStatements } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';

const STATEMENTS = requireStatements({
  countries: 'ingest/upsert-countries',
  organizations: 'ingest/upsert-organizations',
  groups: 'ingest/upsert-groups',
  memberships: 'ingest/upsert-memberships',
  offices: 'ingest/upsert-offices',
  people: 'ingest/upsert-people',
  topics: 'ingest/upsert-topics',
  summits: 'ingest/upsert-catalogue-meetings',
});

/** Properties every named entity carries for the API: names, aliases, and what sorting and search use. */
function names(entity: { name: string; nameNl?: string; aliases: readonly string[]; source: string }) {
  return {
    name: entity.name,
    nameNl: entity.nameNl ?? null,
    aliases: [...entity.aliases],
    aliasText: [entity.name, entity.nameNl, ...entity.aliases].filter(Boolean).join(' | '),
    sortName: foldName(entity.name),
    source: entity.source,
  };
}

/**
 * Writes the reference data (countries, organizations, groups, offices,
 * people, topics, the summit catalogue) in one transaction. Everything is
 * MERGEd on its id, so loading it again changes nothing.
 */
export async function loadReferenceGraph(executor: Executor, reference: ReferenceData): Promise<void> {
  await executor.writeTransaction(async (run) => {
    await run(STATEMENTS.countries, {
      rows: reference.countries.map((c) => ({
        id: c.id,
        props: { ...names(c), code: c.id.slice('country:'.length), iso2: c.iso2, natoMember: c.natoAccession !== undefined, natoAccession: c.natoAccession ?? null, euMember: c.euMember },
      })),
    });
    await run(STATEMENTS.organizations, {
      rows: reference.organizations.map((o) => ({ id: o.id, props: { ...names(o), acronym: o.acronym ?? null } })),
    });
    await run(STATEMENTS.groups, { rows: reference.groups.map((g) => ({ id: g.id, members: [...g.members], props: names(g) })) });
    await run(STATEMENTS.memberships, {
      rows: reference.countries
        .filter((c) => c.natoAccession !== undefined)
        .map((c) => ({ countryId: c.id, organizationId: 'org:nato', since: c.natoAccession })),
    });
    await run(STATEMENTS.offices, {
      rows: reference.offices.map((o) => ({
        id: o.id,
        ofId: o.country ?? o.organization ?? null,
        props: { title: o.title, titleNl: o.titleNl, aliases: [...o.aliases], aliasText: [o.title, o.titleNl, ...o.aliases].join(' | '), source: o.source },
      })),
    });
    await run(STATEMENTS.people, {
      rows: reference.people.map((p) => ({
        id: p.id,
        countryId: p.country ?? null,
        terms: p.offices.map((t) => ({ officeId: t.office, from: t.from, to: t.to ?? null })),
        props: names(p),
      })),
    });
    await run(STATEMENTS.topics, { rows: reference.topics.map((t) => ({ id: t.id, props: names(t) })) });
    await run(STATEMENTS.summits, {
      rows: reference.summits.map((s) => ({
        id: s.id,
        countryId: s.country ?? null,
        props: {
          kind: s.kind,
          name: s.name,
          nameNl: s.nameNl,
          startDate: s.startDate,
          endDate: s.endDate,
          city: s.city ?? null,
          cityNl: s.cityNl ?? null,
          aliasText: [s.name, s.nameNl, s.city, s.cityNl, ...s.aliases].filter(Boolean).join(' | '),
          source: s.source,
        },
      })),
    });
  });
}
