/**
 * Layer 2: the framework-free session service. A shop can use it without any element:
 * `new EmporixSession({ tenant, clientId }).getAccessToken()`.
 */
export { EmporixSession } from './session.js';
export { LEGAL_ENTITY_NOT_ASSIGNED } from './legal-entities.js';
export type { SessionSnapshot, SessionStatus, CustomerIdentity, CustomerName, LegalEntity, SessionEvents, SignOutReason, CallOptions, CustomerCallOptions } from './types.js';
// The operations beyond signing in, one function each, so that a page bundles only those it calls.
export { updateCustomerProfile, changeCustomerPassword, requestCustomerEmailChange, confirmCustomerEmailChange } from './account.js';
export {
  listCustomerAddresses,
  getCustomerAddress,
  addCustomerAddress,
  updateCustomerAddress,
  deleteCustomerAddress,
  addCustomerAddressTags,
  removeCustomerAddressTags,
} from './addresses.js';
export { signUpCustomer, resendCustomerOptIn } from './signup.js';
export { requestCustomerPasswordReset, resetCustomerPassword } from './password-reset.js';
export { DEFAULT_REFRESH_LEEWAY_SECONDS, type SessionConfig, type ResolvedSessionConfig, type StorageKind } from './config.js';
export { MemoryStore, type SessionStore } from './storage.js';
// Social login is a plug-in: `enableSocialLogin` (social.ts) is the only way in, so a bundle that
// does not call it carries none of it. The error and `socialLoginOf` are small modules of their own.
export {
  SocialLogin,
  enableSocialLogin,
  SOCIAL_SIGN_IN_LIFETIME_SECONDS,
  type SocialProvider,
  type ResolvedSocialProvider,
  type SocialLoginMode,
  type SocialLoginDisplay,
} from './social.js';
export { SocialLoginError, type SocialLoginErrorCode } from './social-error.js';
export { socialLoginOf } from './social-access.js';
