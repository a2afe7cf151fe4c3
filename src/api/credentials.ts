import { request, encodeTenant, type AuthorizedCall } from './http.js';
import type {
  CustomerTokenResponse,
  EmailChangeRequest,
  PasswordChangeRequest,
  PasswordResetRequest,
  PasswordResetUpdate,
} from './types.js';

/** POST /customer/{tenant}/password/reset, anonymous token; answers the same whether or not the email exists. */
export function requestPasswordReset(call: AuthorizedCall, body: PasswordResetRequest) {
  return request<void>({ ...call, operation: 'password reset request', method: 'POST', path: `/customer/${encodeTenant(call.tenant)}/password/reset`, body });
}

/** POST /customer/{tenant}/password/reset/update, anonymous token and the emailed token. */
export function resetPassword(call: AuthorizedCall, body: PasswordResetUpdate) {
  return request<void>({ ...call, operation: 'password reset', method: 'POST', path: `/customer/${encodeTenant(call.tenant)}/password/reset/update`, body });
}

/** POST /customer/{tenant}/password/change, customer token. */
export function changePassword(call: AuthorizedCall, body: PasswordChangeRequest) {
  return request<void>({ ...call, operation: 'password change', method: 'POST', path: `/customer/${encodeTenant(call.tenant)}/password/change`, body });
}

/** POST /customer/{tenant}/me/accounts/internal/email/change, customer token. */
export function requestEmailChange(call: AuthorizedCall, body: EmailChangeRequest) {
  return request<void>({
    ...call,
    operation: 'email change request',
    method: 'POST',
    path: `/customer/${encodeTenant(call.tenant)}/me/accounts/internal/email/change`,
    body,
  });
}

/** POST /customer/{tenant}/me/accounts/internal/email/change/confirm, anonymous token and the emailed token. */
export function confirmEmailChange(call: AuthorizedCall, token: string) {
  return request<void>({
    ...call,
    operation: 'email change confirmation',
    method: 'POST',
    path: `/customer/${encodeTenant(call.tenant)}/me/accounts/internal/email/change/confirm`,
    body: { token },
  });
}

/** GET /customer/{tenant}/signup/optin/{token}: confirms a double opt-in sign-up and logs the customer in. */
export function confirmOptIn(call: AuthorizedCall, optInToken: string) {
  return request<CustomerTokenResponse>({
    ...call,
    operation: 'sign-up confirmation',
    method: 'GET',
    path: `/customer/${encodeTenant(call.tenant)}/signup/optin/${encodeURIComponent(optInToken)}`,
  });
}

/** POST /customer/{tenant}/signup/optin/refresh_token: sends the activation link again. */
export function resendOptIn(call: AuthorizedCall, email: string) {
  return request<void>({
    ...call,
    operation: 'activation link resend',
    method: 'POST',
    path: `/customer/${encodeTenant(call.tenant)}/signup/optin/refresh_token`,
    body: { email },
  });
}
