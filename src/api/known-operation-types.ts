import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * A validation rule that rejects an operation whose type (mutation,
 * subscription) the schema does not define, as graphql-js 17 does
 * (https://spec.graphql.org/draft/#sec-Operation-Type-Existence), so it is
 * answered as a validation error rather than failing when executed.
 */
export function KnownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(operation) {
      if (!schema.getRootType(operation.operation)) {
        context.reportError(
          new GraphQLError(`this API answers queries only and has no ${operation.operation} type; the graph changes only when letters are loaded with the ingest command`, {
            nodes: operation,
          }),
        );
      }
      return false;
    },
  };
}
