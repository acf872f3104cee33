import { GraphQLError, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { NoConnectionError } from '../db/executor';

/** Every error code the API answers with, in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * The HTTP status of an answer that carries the error: 400 for what the
 * client must change, 503 for what may pass if tried again later, 500 for
 * our own faults. Apollo Server takes it from `extensions.http` and leaves
 * that out of the response.
 */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.QUERY_TOO_DEEP:
    case ErrorCode.QUERY_TOO_COSTLY:
    case ErrorCode.TOO_MANY_ALIASES:
      return 400;
    case ErrorCode.QUERY_TIMEOUT:
    case ErrorCode.DATABASE_UNAVAILABLE:
      return 503;
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 500;
    default:
      throw new UnreachableCaseError(code);
  }
}

class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${String(value)}`);
  }
}

/** The one base of the API's own errors: a message for the user, a code for programs, and the HTTP status that goes with the code. */
export class ApiError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}, nodes?: readonly ASTNode[]) {
    super(message, { nodes, extensions: { ...extensions, code, http: { status: httpStatusOf(code) } } });
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
  if (error instanceof NoConnectionError) return unavailable();
  if (!(error instanceof Neo4jError)) return error;
  switch (error.code) {
    case 'Neo.ClientError.Transaction.TransactionTimedOut':
    case 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration':
      return new ApiError('the query took longer than the time allowed; ask for fewer items (a smaller `first`) or a narrower filter', ErrorCode.QUERY_TIMEOUT);
    // The driver's codes for a server it cannot reach or lost (a connection that cannot be made within
    // SUMMITGRAPH_CONNECT_TIMEOUT_MS is one), and the server's for a database that is stopped or starting.
    case 'ServiceUnavailable':
    case 'SessionExpired':
    case 'Neo.TransientError.General.DatabaseUnavailable':
      return unavailable();
    case 'Neo.ClientError.Procedure.ProcedureCallFailed':
      // The full-text index rejects text it cannot parse as a Lucene query.
      if (context.searchText !== undefined) {
        return badInput('text', `${quoted(context.searchText)} is not a valid search; close quotes and parentheses, and put a word after AND, OR and NOT`);
      }
      return error;
    default:
      return error;
  }
}

function unavailable(): ApiError {
  return new ApiError('the database is not reachable right now; try again shortly', ErrorCode.DATABASE_UNAVAILABLE);
}

const QUOTED_LENGTH = 40;

/** A text the user sent, quoted in a message: at most its first 40 characters, so a long one is not echoed whole. */
export function quoted(text: string): string {
  return text.length <= QUOTED_LENGTH ? `'${text}'` : `'${text.slice(0, QUOTED_LENGTH)}…' (${text.length} characters)`;
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
