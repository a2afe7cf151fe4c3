import { DEMO_TENANT } from './seed.ts';

/** Token lifetimes in seconds, as the service reports them in `expires_in`. */
export interface TokenLifetimes {
  anonymous: number;
  /** Anonymous and customer refresh tokens. */
  refresh: number;
  customer: number;
  employee: number;
}

export const DEFAULT_TOKEN_LIFETIMES: TokenLifetimes = {
  anonymous: 3599,
  refresh: 86399,
  customer: 2591999,
  employee: 14399,
};

/** Lifetimes of the tokens the emulator sends by email (seconds). */
export const EMAIL_TOKEN_LIFETIMES = {
  'password-reset': 3600,
  'email-change': 86400,
  'double-opt-in': 86400,
} as const;

export interface TenantSettings {
  /** New sign-ups are active at once instead of waiting for an employee. */
  autoActivate: boolean;
  /** New sign-ups must confirm their email through the opt-in link first. */
  doubleOptIn: boolean;
}

export const DEFAULT_SETTINGS: TenantSettings = { autoActivate: false, doubleOptIn: false };

/** One identity-provider configuration of a tenant, backed by a client of the emulator's OpenID provider. */
export interface IdentityProviderConfig {
  /** Picked by `config` of exchangeauthtoken and by the `{name}--` prefix of the OAuth state. */
  name: string;
  /** The public client registered at the emulator's OpenID provider. */
  clientId: string;
  /** Used when no configuration is named or the name is unknown; the first one otherwise. */
  default?: boolean;
}

export interface EmployeeClient {
  clientId: string;
  clientSecret: string;
  /** Scopes the client may be granted; all customer-service scopes when omitted. */
  scopes?: string[];
}

export interface SeedAddress {
  contactName: string;
  companyName?: string;
  street?: string;
  streetNumber?: string;
  zipCode?: string;
  city?: string;
  country?: string;
  state?: string;
  contactPhone?: string;
  tags?: string[];
  isDefault?: boolean;
}

export interface SeedCustomer {
  email: string;
  password: string;
  status?: 'active' | 'inactive' | 'onHold';
  title?: string;
  firstName?: string;
  lastName?: string;
  contactPhone?: string;
  company?: string;
  preferredLanguage?: string;
  preferredCurrency?: string;
  preferredSite?: string;
  b2b?: { companyRegistrationId?: string; legalEntities?: Array<{ id: string; name: string; contactAssignmentId?: string }> };
  addresses?: SeedAddress[];
}

export interface TenantOptions {
  /** Lowercase tenant name (`^[a-z][a-z0-9]+$`, 3–16 characters). An existing name extends that tenant. */
  name: string;
  storefrontClientIds?: string[];
  employeeClients?: EmployeeClient[];
  identityProviders?: IdentityProviderConfig[];
  settings?: Partial<TenantSettings>;
  customers?: SeedCustomer[];
}

export interface EmulatorOptions {
  /** 0 picks a free port. Default 4010. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1; the advertised URL always says `localhost`. */
  host?: string;
  /** Origin of the storefront: email links and the OpenID clients' redirect URIs point there. */
  storefrontUrl?: string;
  /** More redirect URIs for every OpenID client (tests register their own pages). */
  extraRedirectUris?: string[];
  /** Tenants to add, or to extend when the name exists (the `demo` tenant always exists). */
  tenants?: TenantOptions[];
  tokenLifetimes?: Partial<TokenLifetimes>;
  /** No console output. */
  quiet?: boolean;
}

export interface TenantConfig {
  name: string;
  storefrontClientIds: string[];
  employeeClients: EmployeeClient[];
  identityProviders: IdentityProviderConfig[];
  settings: TenantSettings;
  customers: SeedCustomer[];
}

export interface EmulatorConfig {
  url: string;
  storefrontUrl: string;
  redirectUris: string[];
  tokenLifetimes: TokenLifetimes;
  tenants: Map<string, TenantConfig>;
  quiet: boolean;
}

export const TENANT_PATTERN = /^[a-z][a-z0-9]{2,15}$/;

export const DEFAULT_PORT = 4010;
export const DEFAULT_STOREFRONT_URL = 'http://localhost:5173';

export function resolveConfig(options: EmulatorOptions, url: string): EmulatorConfig {
  const storefrontUrl = (options.storefrontUrl ?? DEFAULT_STOREFRONT_URL).replace(/\/+$/, '');
  return {
    url,
    storefrontUrl,
    redirectUris: [
      `${storefrontUrl}/callback.html`,
      `${storefrontUrl}/login.html`,
      `${storefrontUrl}/`,
      ...(options.extraRedirectUris ?? []),
    ],
    tokenLifetimes: { ...DEFAULT_TOKEN_LIFETIMES, ...options.tokenLifetimes },
    tenants: resolveTenants([DEMO_TENANT, ...(options.tenants ?? [])]),
    quiet: options.quiet ?? false,
  };
}

function resolveTenants(entries: TenantOptions[]): Map<string, TenantConfig> {
  const tenants = new Map<string, TenantConfig>();
  for (const entry of entries) {
    if (!TENANT_PATTERN.test(entry.name)) throw new Error(`Tenant name "${entry.name}" does not match ${TENANT_PATTERN}`);
    const existing = tenants.get(entry.name);
    tenants.set(entry.name, {
      name: entry.name,
      storefrontClientIds: [...(existing?.storefrontClientIds ?? []), ...(entry.storefrontClientIds ?? [])],
      employeeClients: [...(existing?.employeeClients ?? []), ...(entry.employeeClients ?? [])],
      identityProviders: [...(existing?.identityProviders ?? []), ...(entry.identityProviders ?? [])],
      settings: { ...DEFAULT_SETTINGS, ...existing?.settings, ...entry.settings },
      customers: [...(existing?.customers ?? []), ...(entry.customers ?? [])],
    });
  }
  assertUniqueClientIds([...tenants.values()]);
  return tenants;
}

/** A client id identifies its tenant (the anonymous login and the OpenID provider rely on it). */
function assertUniqueClientIds(tenants: TenantConfig[]): void {
  const seen = new Set<string>();
  for (const tenant of tenants) {
    const ids = [
      ...tenant.storefrontClientIds,
      ...tenant.employeeClients.map((client) => client.clientId),
      ...tenant.identityProviders.map((idp) => idp.clientId),
    ];
    for (const id of ids) {
      if (seen.has(id)) throw new Error(`Client id "${id}" is configured twice`);
      seen.add(id);
    }
  }
}

export function defaultIdentityProvider(configs: IdentityProviderConfig[]): IdentityProviderConfig | undefined {
  return configs.find((idp) => idp.default) ?? configs[0];
}
