/**
 * The Emporix Customer Service (customer-managed) contract, written as the kit's own types.
 * Field names follow the wire format exactly; optional where the contract does not require them.
 */

/** Response of anonymous login and anonymous refresh. */
export interface AnonymousTokenResponse {
  token_type: string;
  access_token: string;
  expires_in: number;
  /** Absent when refreshed with the deprecated `anonymous_token` parameter. */
  refresh_token?: string;
  refresh_token_expires_in?: number;
  sessionId: string;
  scope?: string;
}

/** Optional context stored in the anonymous session. */
export interface AnonymousLoginContext {
  currency?: string;
  siteCode?: string;
  language?: string;
  targetLocation?: string;
}

/** Response of customer refreshauthtoken. */
export interface RefreshCustomerTokenResponse {
  access_token: string;
  expires_in: number;
  refresh_token: string;
  refresh_token_expires_in: number;
  token_type: string;
  session_id?: string;
}

/** Response of password login and double opt-in confirmation. */
export interface CustomerTokenResponse extends RefreshCustomerTokenResponse {
  saas_token: string;
  initialPassword?: boolean | string;
}

/** Response of social login; the contract types the lifetimes as strings here. */
export interface SocialLoginResponse {
  social_access_token?: string;
  social_id_token?: string;
  refresh_token: string;
  refresh_token_expires_in: string | number;
  session_idle_time?: number;
  token_type: string;
  access_token: string;
  saas_token: string;
  expires_in: string | number;
  scope?: string;
}

/** Response of exchangeauthtoken. */
export interface ExchangeAuthTokenResponse {
  subject_access_token?: string;
  access_token: string;
  saas_token: string;
  refresh_token: string;
  refresh_token_expires_in: number;
  session_idle_time?: number;
  token_type: string;
  expires_in: number;
  scope?: string;
  session_id?: string;
}

/** Response of validateauthtoken. */
export interface ValidateTokenResponse {
  token_type: string;
  expires_in: number;
  scope: string;
  sessionId?: string;
  email?: string;
  legalEntityId?: string;
}

export interface PasswordCredentials {
  email: string;
  password: string;
}

export interface B2BDetails {
  companyRegistrationId?: string;
}

export interface LegalEntityRef {
  id?: string;
  name?: string;
  contactAssignmentId?: string;
}

/** Editable profile fields (CustomerUpdateDto / CustomerPatchDto). */
export interface CustomerDetails {
  title?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  contactEmail?: string;
  contactPhone?: string;
  company?: string;
  preferredLanguage?: string;
  preferredCurrency?: string;
  preferredSite?: string;
  b2b?: B2BDetails;
  metadata?: { version?: number; mixins?: Record<string, unknown> };
  mixins?: Record<string, unknown>;
}

/**
 * A PATCH /me body (CustomerPatchDto). The service merges it like a JSON merge patch: an absent
 * field stays, a string sets it, `null` removes it (`contactEmail` cannot be removed once set).
 */
export type CustomerPatch = {
  [Field in Exclude<keyof CustomerDetails, 'b2b' | 'metadata' | 'mixins'>]?: CustomerDetails[Field] | null;
} & Pick<CustomerDetails, 'b2b' | 'metadata' | 'mixins'>;

/** Address fields a customer can write (AddressCreateDto). */
export interface AddressInput {
  contactName?: string;
  companyName?: string;
  street?: string;
  streetNumber?: string;
  streetAppendix?: string;
  extraLine1?: string;
  extraLine2?: string;
  extraLine3?: string;
  extraLine4?: string;
  zipCode?: string;
  city?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  state?: string;
  contactPhone?: string;
  tags?: string[];
  metadata?: { version?: number; mixins?: Record<string, unknown> };
  mixins?: Record<string, unknown>;
}

/** AddressUpdateDto. */
export interface AddressUpdate extends AddressInput {
  isDefault?: boolean;
}

/** AddressDto as returned by the address endpoints. */
export interface Address extends AddressInput {
  id: string;
  isDefault?: boolean;
}

/** Request body of signup (CustomerSignup). */
export interface SignupRequest extends PasswordCredentials {
  customerDetails?: CustomerDetails;
  customerAddress?: AddressInput;
  /** Separate login credentials, when the login email differs from the contact email. */
  signup?: PasswordCredentials;
}

export interface AccountId {
  id?: string;
  providerId?: string;
}

/** Customer profile as returned by GET /me. */
export interface Customer extends Omit<CustomerDetails, 'b2b'> {
  id: string;
  customerNumber: string;
  accounts?: AccountId[];
  addresses?: Address[];
  defaultAddress?: Address;
  businessModel?: 'B2B' | 'B2C';
  b2b?: B2BDetails & { legalEntities?: LegalEntityRef[] };
  lastLogin?: string;
}

/** ResourceLocation: the id of a created resource. */
export interface ResourceLocation {
  id: string;
}

export interface PasswordResetRequest {
  email: string;
  site?: string;
}

export interface PasswordResetUpdate {
  token: string;
  password: string;
}

export interface PasswordChangeRequest {
  currentPassword: string;
  newPassword: string;
}

export interface EmailChangeRequest {
  email: string;
  password: string;
  newEmail: string;
  syncContactEmail?: boolean;
}

/** The contract's ErrorMessage body. */
export interface ErrorMessageBody {
  status?: number;
  type?: string;
  message?: string;
  moreInfo?: string;
  details?: Array<{ field?: string; type?: string; message?: string; moreInfo?: string }>;
}

/** The gateway's body for an invalid or expired token (401). */
export interface FaultBody {
  fault: { faultstring?: string; detail?: { errorcode?: string } };
}
