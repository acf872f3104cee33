import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config';
import type { Executor } from '../db/executor';
import { NameIndex, loadReferenceData } from '../reference';
import { RequestContext } from './context';
import { formatError } from './errors';
import { KnownOperationTypesRule } from './known-operation-types';
import { operationLimitErrors, type OperationLimits } from './limits';
import { resolvers } from './resolvers';
import { fieldResolver } from './resolvers/shared';
import { loadTypeDefs } from './schema';

export { RequestContext };

let names: NameIndex | undefined;

/** The reference names, read once, that let arguments be given as names in Dutch or English. */
function referenceNames(): NameIndex {
  names ??= new NameIndex(loadReferenceData());
  return names;
}

/** A fresh context for one request. */
export function createRequestContext(config: Config, executor: Executor): RequestContext {
  return new RequestContext(executor, referenceNames(), { timeoutMs: config.limits.queryTimeoutMs, retryForMs: config.neo4j.connectTimeoutMs });
}

/**
 * Rejects an operation that is too deep, whose estimated size is over the
 * limit or that runs too many aliases, before any resolver runs, with HTTP
 * 400. It runs once graphql-js has validated the document, on the
 * operation to be run, because the estimate needs the request's variables
 * (`first: $n`), and because Apollo gives validation errors a code of its own.
 */
function limitsPlugin(limits: OperationLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, operation }) {
          if (!operation) return; // Apollo answers a missing or ambiguous operation itself.
          const errors = operationLimitErrors(schema, document, operation, limits, request.variables ?? {});
          if (errors.length > 0) throw errors[0];
        },
      };
    },
  };
}

/**
 * Ends each request's read transaction once its response is settled, without
 * holding the response back for it.
 */
const closeRequestPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        contextValue.close().catch((error: unknown) => console.error('closing a read transaction failed:', error));
      },
    };
  },
};

/** Apollo Server's options, settled once from the configuration. */
export function apolloOptions(config: Config): ApolloServerOptions<RequestContext> {
  referenceNames();
  return {
    typeDefs: loadTypeDefs(),
    resolvers,
    fieldResolver,
    // No field gives cache hints, so Apollo's cache-control plugin would only mark every answer
    // `no-store`, at the cost of a hook around every field resolved; the HTTP server sets that header.
    plugins: [limitsPlugin(config.limits), closeRequestPlugin, ApolloServerPluginCacheControlDisabled()],
    // A document over the token limit is answered as a syntax error (HTTP 400) before graphql-js validates it.
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: [KnownOperationTypesRule],
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
  } as ApolloServerOptions<RequestContext>;
}
