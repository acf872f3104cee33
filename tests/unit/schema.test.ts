import fs from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  parse,
  validate,
  validateSchema,
  type DocumentNode,
  type GraphQLField,
  type OperationDefinitionNode,
} from 'graphql';

// The schema is built the way start-up builds it: every file in schema/,
// parsed on its own (so a syntax error names its file) and joined into one
// document. The journeys are the project's own copy, so the test passes on a
// clone with no ../shared beside it.
const ROOT = path.resolve(__dirname, '../..');
const SCHEMA_DIR = path.join(ROOT, 'schema');
const JOURNEYS = path.join(ROOT, 'examples', 'journeys.graphql');

function loadSchemaDocument(): DocumentNode {
  const files = fs
    .readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  return {
    kind: 'Document' as DocumentNode['kind'],
    definitions: files.flatMap((name) => parse(fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8')).definitions),
  };
}

/** The types the schema itself declares, without graphql's own (`__Type`, `String`, ...). */
function ownTypes(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && !(isScalarType(type) && isSpecifiedScalarType(type)));
}

function hasText(description: string | null | undefined): boolean {
  return typeof description === 'string' && description.trim().length > 0;
}

/** Every field of an object or interface type, with its owner's name. */
function outputFields(schema: GraphQLSchema): Array<{ owner: string; field: GraphQLField<unknown, unknown> }> {
  return ownTypes(schema).flatMap((type) =>
    isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()).map((field) => ({ owner: type.name, field })) : [],
  );
}

const schema = buildASTSchema(loadSchemaDocument());

describe('schema/*.graphql', () => {
  it('is one file per area', () => {
    const files = fs.readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.graphql')).sort();
    expect(files).toEqual(['actors.graphql', 'claims.graphql', 'common.graphql', 'documents.graphql', 'meetings.graphql', 'search.graphql']);
  });

  it('builds a valid schema', () => {
    expect(validateSchema(schema).map((error) => error.message)).toEqual([]);
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    for (const type of ownTypes(schema)) {
      if (!hasText(type.description)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!hasText(field.description)) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) {
            if (!hasText(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!hasText(field.description)) missing.push(`${type.name}.${field.name}`);
        }
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!hasText(value.description)) missing.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the root fields of the API, with nullable lookups by ID', () => {
    const query = schema.getQueryType();
    expect(query).toBeDefined();
    const fields = query!.getFields();
    const roots = ['meetings', 'meeting', 'people', 'person', 'countries', 'country', 'organizations', 'groups', 'topics', 'topic', 'decisions', 'commitments', 'stances', 'timeline', 'documents', 'document', 'search', 'node'];
    for (const name of roots) expect(Object.keys(fields)).toContain(name);
    for (const name of ['meeting', 'person', 'country', 'organization', 'group', 'topic', 'document', 'node']) {
      expect(String(fields[name]!.type)).not.toMatch(/!$/);
      expect(String(fields[name]!.args.find((arg) => arg.name === 'id')?.type)).toBe('ID!');
    }
  });

  it('gives every connection field `first` (20 unless given) and `after`', () => {
    const connections = outputFields(schema).filter(({ field }) => getNamedType(field.type).name.endsWith('Connection'));
    expect(connections.length).toBeGreaterThan(0);
    const wrong = connections.flatMap(({ owner, field }) => {
      const first = field.args.find((arg) => arg.name === 'first');
      const after = field.args.find((arg) => arg.name === 'after');
      const problems: string[] = [];
      if (!first || String(first.type) !== 'Int' || first.defaultValue !== 20) problems.push(`${owner}.${field.name}: first: Int = 20`);
      if (!after || String(after.type) !== 'String') problems.push(`${owner}.${field.name}: after: String`);
      if (!String(field.type).endsWith('!')) problems.push(`${owner}.${field.name}: a connection is never null`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('shapes every connection as totalCount, nodes, edges and pageInfo', () => {
    const wrong: string[] = [];
    for (const type of ownTypes(schema)) {
      if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
      const item = type.name.slice(0, -'Connection'.length);
      const itemType = item === 'Search' ? 'SearchHit' : item === 'Timeline' ? 'TimelineEntry' : item;
      const fields = type.getFields();
      const expected: Record<string, string> = {
        totalCount: 'Int!',
        nodes: `[${itemType}!]!`,
        edges: `[${item}Edge!]!`,
        pageInfo: 'PageInfo!',
      };
      for (const [name, shape] of Object.entries(expected)) {
        if (String(fields[name]?.type) !== shape) wrong.push(`${type.name}.${name}: ${shape}`);
      }
      const edge = schema.getType(`${item}Edge`);
      if (!isObjectType(edge) || String(edge.getFields().cursor?.type) !== 'String!' || String(edge.getFields().node?.type) !== `${itemType}!`) {
        wrong.push(`${item}Edge { cursor: String!, node: ${itemType}! }`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets every Node be found again by node(id)', () => {
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    const implementations = schema.getPossibleTypes(node as Parameters<GraphQLSchema['getPossibleTypes']>[0]).map((type) => type.name).sort();
    expect(implementations).toEqual(
      ['Attendance', 'Commitment', 'Country', 'Decision', 'Document', 'Group', 'Meeting', 'Office', 'Organization', 'Passage', 'Person', 'Session', 'Stance', 'Topic'].sort(),
    );
  });
});

describe('examples/journeys.graphql', () => {
  const journeys = parse(fs.readFileSync(JOURNEYS, 'utf8'));
  const operations = journeys.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');

  it('holds the contract journeys', () => {
    expect(operations.map((operation) => operation.name?.value)).toEqual([
      'SummitAttendance',
      'MinisterTrail',
      'OpenDoorEvolution',
      'DecisionsAtMeeting',
      'DecisionsOnTopic',
      'Search',
    ]);
  });

  it.each(operations.map((operation) => [operation.name?.value ?? '(anonymous)', operation] as const))('%s validates against the schema', (_name, operation) => {
    const errors = validate(schema, { kind: journeys.kind, definitions: [operation] });
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
