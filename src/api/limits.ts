import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from './errors';

/** The most items one connection page may hold; more is rejected, not silently cut. */
export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;
/** Items a plain list (a meeting's attendances, a claim's evidence) is assumed to hold when costing. */
const ASSUMED_LIST_SIZE = 5;

/**
 * A validation rule that rejects operations nested deeper than `maxDepth`
 * fields, before anything runs. Fragments count where they are spread;
 * introspection (`__schema`, `__type`) is exempt, so the playground works.
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!selectionSet) return 0;
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment && !seen.has(fragment.name.value)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, fragment.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`the operation is ${depth} fields deep, more than the ${maxDepth} allowed; split it into several operations, or start from a root field closer to what you need (node(id:) reaches any item)`, {
              nodes: [operation],
              extensions: { code: ErrorCode.QUERY_TOO_DEEP, depth, maxDepth },
            }),
          );
        }
      },
    };
  };
}

/**
 * A validation rule that estimates how many items an operation may return
 * and rejects it above `maxCost`. Each field costs one; a connection
 * multiplies what is below it by its `first` (20 when not given), once for
 * its `nodes` and `edges`; a plain list multiplies by 5. It also rejects a `first` over 100 or below 0, naming it.
 */
export function costLimitRule(maxCost: number, variables: Record<string, unknown> = {}) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const schema = context.getSchema();

    const valueOf = (node: ValueNode | undefined): unknown => {
      if (!node) return undefined;
      if (node.kind === Kind.INT) return Number(node.value);
      if (node.kind === Kind.VARIABLE) return variables[node.name.value];
      return undefined;
    };

    const costOf = (selectionSet: SelectionSetNode | undefined, parentType: GraphQLOutputType | undefined, seen: Set<string>, inConnection = false): number => {
      if (!selectionSet) return 0;
      const named = parentType ? getNamedType(parentType) : undefined;
      const fieldsOf = named && 'getFields' in named ? (named.getFields() as Record<string, GraphQLField<unknown, unknown>>) : {};
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          total += fieldCost(selection, fieldsOf[selection.name.value], seen, inConnection);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typeName = selection.typeCondition?.name.value;
          total += costOf(selection.selectionSet, typeName ? (schema.getType(typeName) as GraphQLOutputType) : parentType, seen, inConnection);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment && !seen.has(fragment.name.value)) {
            total += costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLOutputType, new Set([...seen, fragment.name.value]));
          }
        }
      }
      return total;
    };

    const fieldCost = (node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, seen: Set<string>, inConnection: boolean): number => {
      if (!field) return 1;
      // A connection's `first` already counted its items: its nodes and edges lists are those items.
      if (inConnection && (field.name === 'nodes' || field.name === 'edges')) return 1 + costOf(node.selectionSet, field.type, seen);
      const firstArgument = field.args.find((a) => a.name === 'first');
      let multiplier = 1;
      if (firstArgument) {
        const given = valueOf(node.arguments?.find((a) => a.name.value === 'first')?.value);
        const first = typeof given === 'number' ? given : (firstArgument.defaultValue as number | undefined) ?? DEFAULT_PAGE_SIZE;
        if (first > MAX_PAGE_SIZE || first < 0) {
          context.reportError(
            new GraphQLError(`first: ${field.name} takes at most ${MAX_PAGE_SIZE} items a page (and no fewer than 0), got ${first}; page through the rest with \`after\``, {
              nodes: [node],
              extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'first' },
            }),
          );
        }
        multiplier = Math.max(1, Math.min(first, MAX_PAGE_SIZE));
      } else if (isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) {
        multiplier = ASSUMED_LIST_SIZE;
      }
      return 1 + multiplier * costOf(node.selectionSet, field.type, seen, Boolean(firstArgument));
    };

    return {
      OperationDefinition(operation) {
        const rootType = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
        const cost = costOf(operation.selectionSet, rootType ?? undefined, new Set());
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(`the operation may return about ${cost} items, more than the ${maxCost} allowed; ask for smaller pages (a lower \`first\`) or fewer nested lists`, {
              nodes: [operation],
              extensions: { code: ErrorCode.QUERY_TOO_COSTLY, cost, maxCost },
            }),
          );
        }
      },
    };
  };
}
