/**
 * The two error bodies of the contract: `ErrorMessage` for everything about the request, and the
 * gateway's `fault` body (always 401) for a bearer or refresh token that is missing, unknown,
 * revoked, expired or of the wrong kind.
 */

export interface ErrorDetail {
  field: string;
  type: string;
  message: string;
}

export interface ErrorMessage {
  type: string;
  status: number;
  message: string;
  details?: ErrorDetail[];
}

export interface FaultBody {
  fault: { faultstring: string; detail: { errorcode: string } };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorMessage | FaultBody,
  ) {
    super('fault' in body ? body.fault.faultstring : body.message);
  }
}

export function apiError(status: number, type: string, message: string, details?: ErrorDetail[]): ApiError {
  return new ApiError(status, details?.length ? { type, status, message, details } : { type, status, message });
}

export const FaultCode = {
  invalidAccessToken: 'oauth.v2.InvalidAccessToken',
  accessTokenExpired: 'keymanagement.service.access_token_expired',
  invalidRefreshToken: 'oauth.v2.InvalidRefreshToken',
  invalidApiKey: 'oauth.v2.InvalidApiKey',
  invalidClientIdentifier: 'oauth.v2.InvalidClientIdentifier',
} as const;

export function fault(faultstring: string, errorcode: string): ApiError {
  return new ApiError(401, { fault: { faultstring, detail: { errorcode } } });
}

export const badRequest = (message: string): ApiError => apiError(400, 'bad_request', message);

export const validationFailure = (details: ErrorDetail[]): ApiError =>
  apiError(400, 'validation_failure', `The request is not valid: ${details.map((d) => d.field).join(', ')}.`, details);

export const missingValue = (field: string): ApiError =>
  validationFailure([{ field, type: 'missing_value', message: `${field} is required.` }]);

export const invalidCredentials = (): ApiError =>
  apiError(401, 'invalid_credentials', 'The email address or password is not correct.');

export const invalidToken = (message: string): ApiError => apiError(400, 'invalid_token', message);

export const forbidden = (message: string): ApiError => apiError(403, 'forbidden', message);

export const notFound = (message: string): ApiError => apiError(404, 'resource_not_found', message);

export const conflict = (message: string): ApiError => apiError(409, 'conflict_resource', message);
