import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Every error code the API answers with, in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The one base of the API's own errors: a message for the user and a code for programs. */
export class ApiError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** A bad argument, naming the argument, so the user knows what to change. */
export function badInput(argument: string, message: string): ApiError {
  return new ApiError(`${argument}: ${message}`, ErrorCode.BAD_USER_INPUT, { argument });
}

/**
 * Neo4j errors become API errors here and nowhere else, decided by Neo4j's
 * error code, never by its message. Anything not recognised is passed on
 * unchanged, for `formatError` to mask.
 */
export function fromNeo4jError(error: unknown, context: { searchText?: string } = {}): unknown {
  if (!(error instanceof Neo4jError)) return error;
  switch (error.code) {
    case 'Neo.ClientError.Transaction.TransactionTimedOut':
    case 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration':
      return new ApiError('the query took longer than the time allowed; ask for fewer items (a smaller `first`) or a narrower filter', ErrorCode.QUERY_TIMEOUT);
    case 'ServiceUnavailable':
    case 'SessionExpired':
      return new ApiError('the database is not reachable right now; try again shortly', ErrorCode.DATABASE_UNAVAILABLE);
    case 'Neo.ClientError.Procedure.ProcedureCallFailed':
      // The full-text index rejects text it cannot parse as a Lucene query.
      if (context.searchText !== undefined) {
        return badInput('text', `'${context.searchText}' is not a valid search; close quotes and parentheses, and put a word after AND, OR and NOT`);
      }
      return error;
    default:
      return error;
  }
}

/**
 * What a client sees of an error: our own errors and GraphQL's validation
 * errors as they are; anything unexpected masked as INTERNAL_SERVER_ERROR,
 * so no internals leak. It never throws.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  const code = formatted.extensions?.code;
  if (original instanceof ApiError || (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR)) return formatted;
  if (error instanceof GraphQLError && !error.originalError) return formatted;
  console.error('unexpected error in a resolver:', original);
  return { message: 'internal error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
