import type { HttpBindings } from '@hono/node-server';
import type { Context, Hono } from 'hono';

/** What the middleware chain shares about one request. */
export interface AppEnv {
  Bindings: HttpBindings;
  Variables: {
    /** A line for the request log (never a secret). */
    logNote: string | undefined;
    /** Set when an injected fault answered instead of the emulator. */
    faulted: boolean | undefined;
  };
}

export type App = Hono<AppEnv>;
export type AppContext = Context<AppEnv>;
