import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, validate } from 'graphql';
import type { Config } from '../config';
import type { Executor } from '../db/executor';
import { NameIndex, loadReferenceData } from '../reference';
import { RequestContext } from './context';
import { formatError } from './errors';
import { costLimitRule, depthLimitRule } from './limits';
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
  return new RequestContext(executor, referenceNames(), config.limits.queryTimeoutMs);
}

/**
 * Rejects an operation that is too deep or whose estimated size is over the
 * limit, before any resolver runs. It is a plugin rather than validation
 * rules because the estimate needs the request's variables (`first: $n`),
 * and because Apollo gives validation errors a code of its own.
 */
function limitsPlugin(maxDepth: number, maxCost: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request }) {
          const errors = validate(schema, document, [depthLimitRule(maxDepth), costLimitRule(maxCost, request.variables ?? {})]);
          if (errors.length > 0) throw errors[0] instanceof GraphQLError ? errors[0] : new GraphQLError(String(errors[0]));
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
    plugins: [limitsPlugin(config.limits.maxDepth, config.limits.maxCost), closeRequestPlugin, ApolloServerPluginCacheControlDisabled()],
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
  } as ApolloServerOptions<RequestContext>;
}
