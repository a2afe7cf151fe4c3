import { Clock } from './clock.ts';
import type { EmulatorConfig, TenantSettings, TokenLifetimes } from './config.ts';
import { EmailTokens } from './email-tokens.ts';
import { FaultRegistry } from './faults.ts';
import { createOpenIdProvider, OIDC_MOUNT_PATH, type OpenIdProvider } from './oidc/provider.ts';
import { RelyingParty } from './oidc/relying-party.ts';
import { Outbox } from './outbox.ts';
import { RequestLog } from './request-log.ts';
import { Store } from './store.ts';
import { TokenStore } from './tokens.ts';

/** Everything the routes share: configuration, the emulator's state, and the OpenID provider. */
export interface EmulatorContext {
  readonly config: EmulatorConfig;
  readonly clock: Clock;
  readonly store: Store;
  readonly tokens: TokenStore;
  readonly emailTokens: EmailTokens;
  readonly outbox: Outbox;
  readonly faults: FaultRegistry;
  readonly requestLog: RequestLog;
  readonly openId: OpenIdProvider;
  readonly relyingParty: RelyingParty;
  /** Fresh state plus seed data; `settings` and `tokenLifetimes` override the configured ones. */
  reset(settings?: Partial<TenantSettings>, tokenLifetimes?: Partial<TokenLifetimes>): Promise<void>;
}

/** `internalBase` is how the emulator reaches itself (the relying party calls its own provider over HTTP). */
export async function createContext(config: EmulatorConfig, internalBase: string): Promise<EmulatorContext> {
  const clock = new Clock();
  const issuer = `${config.url}${OIDC_MOUNT_PATH}`;
  const openId = await createOpenIdProvider({
    issuer,
    redirectUris: config.redirectUris,
    clients: [...config.tenants.values()].flatMap((tenant) =>
      tenant.identityProviders.map((idp) => ({ clientId: idp.clientId, tenant: tenant.name })),
    ),
  });
  const context: EmulatorContext = {
    config,
    clock,
    store: new Store(config, clock),
    tokens: new TokenStore(clock, config.tokenLifetimes),
    emailTokens: new EmailTokens(clock),
    outbox: new Outbox(clock, config.storefrontUrl),
    faults: new FaultRegistry(),
    requestLog: new RequestLog(),
    openId,
    relyingParty: new RelyingParty(issuer, internalBase, openId),
    async reset(settings, tokenLifetimes) {
      clock.reset();
      context.tokens.reset(tokenLifetimes);
      context.emailTokens.clear();
      context.outbox.clear();
      context.faults.clear();
      context.requestLog.reset();
      openId.reset();
      await context.store.reset(settings);
    },
  };
  await context.reset();
  return context;
}
