import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { Hono, type MiddlewareHandler } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';
import { TENANT_PATTERN } from './config.ts';
import type { EmulatorContext } from './context.ts';
import { answerPreflights, corsHeaders } from './cors.ts';
import type { AppEnv, App } from './env.ts';
import { ApiError, apiError, badRequest, notFound } from './errors.ts';
import { injectFaults } from './faults.ts';
import { registerInteractionRoutes } from './oidc/interactions.ts';
import { OIDC_MOUNT_PATH } from './oidc/provider.ts';
import { logRequests } from './request-log.ts';
import { registerAddressRoutes } from './routes/addresses.ts';
import { registerAnonymousRoutes } from './routes/anonymous.ts';
import { registerControlRoutes } from './routes/control.ts';
import { registerCredentialRoutes } from './routes/credentials.ts';
import { registerCustomerAuthRoutes } from './routes/customer-auth.ts';
import { registerEmployeeRoutes } from './routes/employee.ts';
import { registerProfileRoutes } from './routes/profile.ts';
import { registerSocialRoutes } from './routes/social.ts';

const CONTROL_PATH = /^\/_emulator(\/|$)/;

/** Path tenants follow the contract's pattern, checked before anything else looks at them. */
const checkPathTenant: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!TENANT_PATTERN.test(c.req.param('tenant') ?? '')) {
    throw badRequest('The tenant information provided with the request is not valid.');
  }
  await next();
};

/**
 * The methods each route path answers, for the 405 of a known path asked with another method.
 * Built from the app's routes after they are registered; middleware (`app.use`) does not count.
 */
function allowedMethods(app: App): (path: string) => string[] {
  const router = new TrieRouter<string>();
  const methods = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    router.add(route.method, route.path, route.method);
    methods.add(route.method);
  }
  return (path) => {
    const routed = [...methods].filter((method) => router.match(method, path)[0].length > 0);
    if (routed.length === 0) return [];
    // Hono answers HEAD with the GET route; OPTIONS (CORS) is answered everywhere.
    return [...routed, ...(routed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
  };
}

/** The whole emulator as one Hono app: API, control endpoints and the OpenID provider on one origin. */
export function createApp(context: EmulatorContext, onUnexpectedError: (error: unknown) => void): App {
  // Not strict: a single trailing slash (`/password/reset/`) is the same route, as at the gateway.
  const app = new Hono<AppEnv>({ strict: false });
  const faults = injectFaults(context.faults);

  app.use('*', corsHeaders);
  app.use('*', logRequests(context.requestLog, context.tokens, context.clock));
  // Faults hit API and provider paths alike, never the control endpoints that manage them.
  app.use('*', (c, next) => (CONTROL_PATH.test(c.req.path) ? next() : faults(c, next)));
  app.use('*', answerPreflights);
  app.use('/customer/:tenant/*', checkPathTenant);

  registerAnonymousRoutes(app, context);
  registerCustomerAuthRoutes(app, context);
  registerSocialRoutes(app, context);
  registerProfileRoutes(app, context);
  registerAddressRoutes(app, context);
  registerCredentialRoutes(app, context);
  registerEmployeeRoutes(app, context);
  registerControlRoutes(app, context);
  registerInteractionRoutes(app, context.openId);
  app.all(`${OIDC_MOUNT_PATH}/*`, async (c) => {
    await context.openId.handle(c.env.incoming, c.env.outgoing);
    return RESPONSE_ALREADY_SENT;
  });

  const methodsOf = allowedMethods(app);
  app.notFound((c) => {
    const allowed = methodsOf(app.getPath(c.req.raw));
    const error = allowed.length
      ? apiError(405, 'method_not_allowed', `${c.req.path} does not answer ${c.req.method}; it answers ${allowed.join(', ')}.`)
      : notFound(`There is no endpoint ${c.req.method} ${c.req.path}.`);
    return c.json(error.body, error.status as 404, allowed.length ? { Allow: allowed.join(', ') } : {});
  });
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.body, error.status as 400);
    onUnexpectedError(error);
    return c.json({ type: 'internal_error', status: 500, message: 'The emulator failed; see its console.' }, 500);
  });
  return app;
}
