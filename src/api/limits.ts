import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ApiError, ErrorCode } from './errors';

/** The most items one connection page may hold; more is rejected, not silently cut. */
export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;
/** Items a plain list (a meeting's attendances, a claim's evidence) is assumed to hold when costing. */
const ASSUMED_LIST_SIZE = 5;
/** Costs and alias counts stop growing here: a fragment bomb's 2^30 × 100^n is rejected, never overflowed. */
const CEILING = Number.MAX_SAFE_INTEGER;

export interface OperationLimits {
  /** Deepest nesting of fields, and of fragments within fragments. */
  maxDepth: number;
  /** Largest estimated number of items a response may hold. */
  maxCost: number;
  /** Most aliased fields an operation may run, counting each place a fragment is spread. */
  maxAliases: number;
}

/** What a selection set adds up to. Fragments are measured once and reused wherever they are spread. */
interface Measure {
  /** Fields nested below it (introspection fields not counted). */
  depth: number;
  /** Fragments (spreads and inline fragments) nested below it. */
  fragmentDepth: number;
  cost: number;
  aliases: number;
}

/** Thrown inside the measuring walk to stop it at the first level over the depth limit. */
class TooDeep {
  constructor(readonly what: 'fields' | 'fragments') {}
}

const saturating = (n: number) => Math.min(n, CEILING);

/**
 * Measures the operation in one walk, linear in the size of the document,
 * and rejects it before anything runs when it is nested more than
 * `maxDepth` fields (or fragments) deep, may return more than `maxCost`
 * items, or runs more than `maxAliases` aliased fields.
 *
 * Each fragment is measured once, however often it is spread, so a fragment
 * that spreads another twice, level after level, costs no more to check than
 * its text is long. The walk stops as soon as it is nested deeper than the
 * limit, so a chain of thousands of fragments cannot exhaust the stack.
 * The document must have passed graphql-js's validation.
 * Introspection fields (`__schema`, `__type`) are free, so the playground works.
 *
 * Cost: each field costs one; a connection multiplies what is below it by its
 * `first` (20 when not given), once for its `nodes` and `edges`; a plain list
 * multiplies by 5. A `first` above 100 or below 0 is rejected, naming it.
 *
 * `onFragmentMeasured` is called each time a fragment is measured (for tests).
 */
export function operationLimitErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limits: OperationLimits,
  variables: Record<string, unknown> = {},
  onFragmentMeasured: (name: string) => void = () => {},
): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, Measure>();
  const { maxDepth } = limits;

  const valueOf = (node: ValueNode | undefined): unknown => {
    if (!node) return undefined;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) return variables[node.name.value];
    return undefined;
  };

  /** How many items `field` multiplies what is below it by. */
  const multiplierOf = (node: FieldNode, field: GraphQLField<unknown, unknown>, parent: GraphQLNamedType | undefined): number => {
    // A connection's `first` already counted its items: its nodes and edges lists are those items.
    if (parent && isConnection(parent) && (field.name === 'nodes' || field.name === 'edges')) return 1;
    const firstArgument = field.args.find((a) => a.name === 'first');
    if (firstArgument) {
      const given = valueOf(node.arguments?.find((a) => a.name.value === 'first')?.value);
      const first = typeof given === 'number' ? given : (firstArgument.defaultValue as number | undefined) ?? DEFAULT_PAGE_SIZE;
      if (first > MAX_PAGE_SIZE || first < 0) {
        errors.push(
          new ApiError(`first: ${field.name} takes at most ${MAX_PAGE_SIZE} items a page (and no fewer than 0), got ${first}; page through the rest with \`after\``, ErrorCode.BAD_USER_INPUT, { argument: 'first' }, [node]),
        );
      }
      return Math.max(1, Math.min(first, MAX_PAGE_SIZE));
    }
    return isListType(isNonNullType(field.type) ? field.type.ofType : field.type) ? ASSUMED_LIST_SIZE : 1;
  };

  /** Measures a selection set reached `fields` fields and `nested` fragments below the operation. */
  const measure = (selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined, fields: number, nested: number): Measure => {
    const total: Measure = { depth: 0, fragmentDepth: 0, cost: 0, aliases: 0 };
    if (!selectionSet) return total;
    const fieldsOf = parent && 'getFields' in parent ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>) : {};
    for (const selection of selectionSet.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        if (fields + 1 > maxDepth) throw new TooDeep('fields');
        const field = fieldsOf[selection.name.value];
        const below = measure(selection.selectionSet, field ? getNamedType(field.type) : undefined, fields + 1, nested);
        const multiplier = field ? multiplierOf(selection, field, parent) : 1;
        inner = { ...below, depth: below.depth + 1, cost: saturating(1 + multiplier * below.cost), aliases: below.aliases + (selection.alias ? 1 : 0) };
      } else {
        if (nested + 1 > maxDepth) throw new TooDeep('fragments');
        let below: Measure;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typeName = selection.typeCondition?.name.value;
          below = measure(selection.selectionSet, typeName ? schema.getType(typeName) ?? undefined : parent, fields, nested + 1);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment) continue;
          below = measured.get(fragment.name.value) ?? measureFragment(fragment, fields, nested + 1);
          if (fields + below.depth > maxDepth) throw new TooDeep('fields');
          if (nested + 1 + below.fragmentDepth > maxDepth) throw new TooDeep('fragments');
        }
        inner = { ...below, fragmentDepth: below.fragmentDepth + 1 };
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.fragmentDepth = Math.max(total.fragmentDepth, inner.fragmentDepth);
      total.cost = saturating(total.cost + inner.cost);
      total.aliases = saturating(total.aliases + inner.aliases);
    }
    return total;
  };

  const measureFragment = (fragment: FragmentDefinitionNode, fields: number, nested: number): Measure => {
    onFragmentMeasured(fragment.name.value);
    const result = measure(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined, fields, nested);
    measured.set(fragment.name.value, result);
    return result;
  };

  const overLimits = checkOperation(operation, schema, limits, (root) => measure(operation.selectionSet, root, 0, 0));
  return [...errors, ...overLimits];
}

function checkOperation(operation: OperationDefinitionNode, schema: GraphQLSchema, limits: OperationLimits, measureFrom: (root: GraphQLNamedType | undefined) => Measure): GraphQLError[] {
  const { maxDepth, maxCost, maxAliases } = limits;
  let result: Measure;
  try {
    result = measureFrom(schema.getRootType(operation.operation) ?? undefined);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    const message =
      error.what === 'fields'
        ? `the operation is nested more than ${maxDepth} fields deep, the most allowed; split it into several operations, or start from a root field closer to what you need (node(id:) reaches any item)`
        : `the operation nests fragments (spreads and inline fragments, each within the one before) more than ${maxDepth} deep, the most allowed; split it into several operations, or spread fewer fragments within fragments`;
    return [new ApiError(message, ErrorCode.QUERY_TOO_DEEP, { maxDepth }, [operation])];
  }
  const errors: GraphQLError[] = [];
  if (result.cost > maxCost) {
    const about = result.cost >= CEILING ? 'more items than can be counted' : `about ${result.cost} items`;
    errors.push(
      new ApiError(`the operation may return ${about}, more than the ${maxCost} allowed; ask for smaller pages (a lower \`first\`) or fewer nested lists`, ErrorCode.QUERY_TOO_COSTLY, { cost: result.cost, maxCost }, [operation]),
    );
  }
  if (result.aliases > maxAliases) {
    errors.push(
      new ApiError(`the operation runs ${result.aliases} aliased fields (counting each place a fragment is spread), more than the ${maxAliases} allowed; split it into several operations`, ErrorCode.TOO_MANY_ALIASES, { aliases: result.aliases, maxAliases }, [operation]),
    );
  }
  return errors;
}

/** A Relay connection: its `nodes` and `edges` are the items its field's `first` counted. */
function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && 'pageInfo' in type.getFields();
}
