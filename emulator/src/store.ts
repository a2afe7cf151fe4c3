import type { Clock } from './clock.ts';
import type { EmulatorConfig, SeedCustomer, TenantConfig, TenantSettings } from './config.ts';
import { randomAddressId } from './ids.ts';
import { hashSeedPassword } from './passwords.ts';

export const PROFILE_TEXT_FIELDS = [
  'title',
  'firstName',
  'middleName',
  'lastName',
  'contactEmail',
  'contactPhone',
  'company',
  'preferredLanguage',
  'preferredCurrency',
  'preferredSite',
] as const;
export type ProfileTextField = (typeof PROFILE_TEXT_FIELDS)[number];

export interface LegalEntity {
  id: string;
  name: string;
  contactAssignmentId?: string;
}

export type Profile = Partial<Record<ProfileTextField, string>> & {
  b2b?: { companyRegistrationId?: string; legalEntities?: LegalEntity[] };
  mixins?: Record<string, unknown>;
};

export const ADDRESS_TEXT_FIELDS = [
  'contactName',
  'companyName',
  'street',
  'streetNumber',
  'streetAppendix',
  'extraLine1',
  'extraLine2',
  'extraLine3',
  'extraLine4',
  'zipCode',
  'city',
  'country',
  'state',
  'contactPhone',
] as const;
export type AddressTextField = (typeof ADDRESS_TEXT_FIELDS)[number];

export type AddressFields = Partial<Record<AddressTextField, string>> & { mixins?: Record<string, unknown> };

export interface StoredAddress extends AddressFields {
  id: string;
  tags: string[];
  isDefault: boolean;
  version: number;
}

export interface CustomerRecord {
  customerNumber: string;
  /** The login account (`accounts[0].id`). */
  loginEmail: string;
  /** Absent for customers created by social login. */
  passwordHash?: string;
  /** Subject at the identity provider, for customers who signed in socially. */
  providerId?: string;
  profile: Profile;
  addresses: StoredAddress[];
  active: boolean;
  onHold: boolean;
  /** Signed up with double opt-in and not confirmed yet. */
  optInPending: boolean;
  failedLogins: number;
  locked: boolean;
  version: number;
  createdAt: string;
  lastLogin?: string;
}

export interface TenantState {
  config: TenantConfig;
  settings: TenantSettings;
  customers: Map<string, CustomerRecord>;
}

export type NewCustomer = Pick<CustomerRecord, 'loginEmail' | 'profile' | 'active' | 'onHold' | 'optInPending'> &
  Partial<Pick<CustomerRecord, 'passwordHash' | 'providerId' | 'addresses'>>;

const FIRST_CUSTOMER_NUMBER = 10000001;

/** All customer data, per tenant, in memory. */
export class Store {
  #tenants = new Map<string, TenantState>();
  #nextCustomerNumber = FIRST_CUSTOMER_NUMBER;

  constructor(
    private readonly config: EmulatorConfig,
    private readonly clock: Clock,
  ) {}

  /** Fresh state with the configured seed data; `settings` override every tenant's configured settings. */
  async reset(settings?: Partial<TenantSettings>): Promise<void> {
    this.#tenants = new Map();
    this.#nextCustomerNumber = FIRST_CUSTOMER_NUMBER;
    for (const config of this.config.tenants.values()) {
      const state: TenantState = { config, settings: { ...config.settings, ...settings }, customers: new Map() };
      this.#tenants.set(config.name, state);
      for (const seed of config.customers) this.createCustomer(config.name, await seededCustomer(seed));
    }
  }

  tenant(name: string): TenantState | undefined {
    return this.#tenants.get(name);
  }

  /** For callers that already know the tenant exists (an authorized token names it). */
  requireTenant(name: string): TenantState {
    const state = this.#tenants.get(name);
    if (!state) throw new Error(`Unknown tenant ${name}`);
    return state;
  }

  customers(tenant: string): CustomerRecord[] {
    return [...(this.#tenants.get(tenant)?.customers.values() ?? [])];
  }

  customer(tenant: string, customerNumber: string): CustomerRecord | undefined {
    return this.#tenants.get(tenant)?.customers.get(customerNumber);
  }

  findByLoginEmail(tenant: string, email: string): CustomerRecord | undefined {
    const wanted = email.trim().toLowerCase();
    return this.customers(tenant).find((customer) => customer.loginEmail.toLowerCase() === wanted);
  }

  findByProviderId(tenant: string, providerId: string): CustomerRecord | undefined {
    return this.customers(tenant).find((customer) => customer.providerId === providerId);
  }

  createCustomer(tenant: string, init: NewCustomer): CustomerRecord {
    const state = this.requireTenant(tenant);
    const customer: CustomerRecord = {
      addresses: [],
      ...init,
      customerNumber: String(this.#nextCustomerNumber++),
      failedLogins: 0,
      locked: false,
      version: 1,
      createdAt: this.clock.nowIso(),
    };
    state.customers.set(customer.customerNumber, customer);
    return customer;
  }
}

async function seededCustomer(seed: SeedCustomer): Promise<NewCustomer> {
  const { email, password, status = 'active', addresses = [], ...profile } = seed;
  return {
    loginEmail: email,
    passwordHash: await hashSeedPassword(password),
    profile: { ...profile, contactEmail: email },
    active: status !== 'inactive',
    onHold: status === 'onHold',
    optInPending: false,
    addresses: addresses.map(({ tags = [], isDefault = false, ...fields }) => ({
      ...fields,
      id: randomAddressId(),
      tags,
      isDefault,
      version: 1,
    })),
  };
}
