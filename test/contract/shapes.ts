/**
 * Runtime checks of the Emporix Customer Service responses: field names and JSON types as the
 * contract documents them. Plain TypeScript without imports, so Node tests and browser tests can
 * both use them. Objects are closed: a field the contract does not name is reported too, which
 * catches misspelt names on either side.
 */

/** Checks one value and appends a readable line per mismatch. */
export type Shape = (value: unknown, path: string, problems: string[]) => void;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : typeof value;
}

function primitive(expected: string, test: (value: unknown) => boolean): Shape {
  return (value, path, problems) => {
    if (!test(value)) problems.push(`${path}: expected ${expected}, got ${describe(value)}`);
  };
}

export const string = primitive('a string', (value) => typeof value === 'string');
export const nonEmptyString = primitive('a non-empty string', (value) => typeof value === 'string' && value.length > 0);
export const integer = primitive('an integer', (value) => Number.isInteger(value));
export const boolean = primitive('a boolean', (value) => typeof value === 'boolean');
/** Any JSON object (mixins). */
export const anyObject = primitive('an object', (value) => typeof value === 'object' && value !== null && !Array.isArray(value));
/** The contract's error-type pattern: lowercase words joined by underscores. */
export const errorType = primitive('a lowercase_underscore type', (value) => typeof value === 'string' && /^[a-z]+[a-z_]*[a-z]+$/.test(value));
const stringOrBoolean = primitive('a string or a boolean', (value) => typeof value === 'string' || typeof value === 'boolean');
const httpStatus = primitive('an HTTP status', (value) => Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 599);

export function oneOf(...allowed: string[]): Shape {
  return primitive(`one of ${allowed.join(', ')}`, (value) => typeof value === 'string' && allowed.includes(value));
}

export function arrayOf(item: Shape): Shape {
  return (value, path, problems) => {
    if (!Array.isArray(value)) problems.push(`${path}: expected an array, got ${describe(value)}`);
    else value.forEach((entry, index) => item(entry, `${path}[${index}]`, problems));
  };
}

/** A closed object: `required` fields must be present, `optional` ones may be, no others. */
export function object(required: Record<string, Shape>, optional: Record<string, Shape> = {}): Shape {
  return (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${path}: expected an object, got ${describe(value)}`);
      return;
    }
    const fields = value as Record<string, unknown>;
    for (const [name, shape] of Object.entries(required)) {
      if (fields[name] === undefined) problems.push(`${path}.${name}: missing`);
      else shape(fields[name], `${path}.${name}`, problems);
    }
    for (const [name, field] of Object.entries(fields)) {
      if (name in required) continue;
      const shape = optional[name];
      if (shape) shape(field, `${path}.${name}`, problems);
      else problems.push(`${path}.${name}: not a field of this schema`);
    }
  };
}

// ---- schemas ----------------------------------------------------------------------------------

export const AnonymousAccessToken = object(
  { access_token: nonEmptyString, token_type: string, expires_in: integer, sessionId: string },
  { refresh_token: string, refresh_token_expires_in: integer, scope: string },
);

const refreshCustomerTokenFields = {
  access_token: nonEmptyString,
  expires_in: integer,
  refresh_token: nonEmptyString,
  refresh_token_expires_in: integer,
  token_type: string,
};
const deprecatedTokenFields = { accessToken: string, expiresIn: integer, refreshToken: string, refreshTokenExpiresIn: integer };

export const RefreshCustomerToken = object(refreshCustomerTokenFields, { ...deprecatedTokenFields, session_id: string });

export const CustomerToken = object(
  { ...refreshCustomerTokenFields, saas_token: nonEmptyString },
  { ...deprecatedTokenFields, session_id: string, saasToken: string, initialPassword: stringOrBoolean },
);

export const ValidateTokenResponse = object(
  { token_type: string, expires_in: integer, scope: string },
  { sessionId: string, email: string, legalEntityId: string },
);

export const ExchangeAuthTokenResponse = object(
  { access_token: nonEmptyString, saas_token: nonEmptyString, refresh_token: nonEmptyString, token_type: string, expires_in: integer },
  { subject_access_token: string, refresh_token_expires_in: integer, session_idle_time: integer, scope: string, session_id: string },
);

/** The socialLogin answer; the contract types both lifetimes as strings here. */
export const SocialLoginResponse = object(
  { access_token: nonEmptyString, saas_token: nonEmptyString, refresh_token: nonEmptyString, token_type: string, expires_in: string },
  { social_access_token: string, social_id_token: string, refresh_token_expires_in: string, session_idle_time: integer, scope: string },
);

/** The OAuth service's answer to client credentials (employee token). */
export const ServiceAccessToken = object(
  { access_token: nonEmptyString, token_type: string, expires_in: integer },
  { session_idle_time: integer, refresh_token: string, refresh_token_expires_in: integer, scope: string },
);

export const ResourceLocation = object({ id: nonEmptyString });

const metadata = object({}, { version: integer, mixins: anyObject });

const addressFields = {
  contactName: string,
  companyName: string,
  street: string,
  streetNumber: string,
  streetAppendix: string,
  extraLine1: string,
  extraLine2: string,
  extraLine3: string,
  extraLine4: string,
  zipCode: string,
  city: string,
  country: string,
  state: string,
  contactPhone: string,
  tags: arrayOf(string),
  metadata,
  mixins: anyObject,
  isDefault: boolean,
};

export const AddressDto = object({ id: nonEmptyString }, addressFields);

const legalEntity = object({}, { id: string, name: string, contactAssignmentId: string });
const accountId = object({}, { id: string, providerId: string });

const customerFields = {
  title: string,
  firstName: string,
  middleName: string,
  lastName: string,
  contactEmail: string,
  contactPhone: string,
  company: string,
  preferredLanguage: string,
  preferredCurrency: string,
  preferredSite: string,
  accounts: arrayOf(accountId),
  addresses: arrayOf(AddressDto),
  defaultAddress: AddressDto,
  businessModel: oneOf('B2B', 'B2C'),
  b2b: object({}, { companyRegistrationId: string, legalEntities: arrayOf(legalEntity) }),
  mixins: anyObject,
  metadata,
  lastLogin: string,
};

/** Customer (GET /me). */
export const Customer = object({ id: string, customerNumber: string }, customerFields);

/** CustomerForSellerDto (tenant-managed endpoints). */
export const CustomerForSellerDto = object(
  { id: string, customerNumber: string },
  {
    ...customerFields,
    active: boolean,
    onHold: boolean,
    email: string,
    metadataCreatedAt: string,
    type: string,
    photoUrl: string,
    restriction: string,
  },
);

export const ErrorMessage = object(
  { type: errorType, status: httpStatus, message: string },
  { moreInfo: string, details: arrayOf(object({}, { field: string, type: errorType, message: string, moreInfo: string })) },
);

/** The gateway's 401 body for invalid or expired tokens. */
export const Fault = object({ fault: object({ faultstring: string, detail: object({ errorcode: string }) }) });

// ---- use --------------------------------------------------------------------------------------

export function shapeProblems(shape: Shape, value: unknown): string[] {
  const problems: string[] = [];
  shape(value, '$', problems);
  return problems;
}

/** Throws with every mismatch listed when `value` does not fit `shape`. */
export function assertShape(shape: Shape, value: unknown, label = 'response'): void {
  const problems = shapeProblems(shape, value);
  if (problems.length) throw new Error(`The ${label} does not match the contract:\n  ${problems.join('\n  ')}`);
}
