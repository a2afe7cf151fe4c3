/**
 * The whole kit: defines every emx tag and exports the classes, the session service, the API
 * functions and the text overrides. The CDN bundle is built from this file.
 */
export * from './elements/session/emx-session.js';
export * from './elements/login/emx-login.js';
export * from './elements/signup/emx-signup.js';
export * from './elements/address-book/emx-address-book.js';
export * from './elements/password-reset/emx-password-reset.js';
export * from './elements/account/emx-account.js';
export * from './elements/company-switcher/emx-company-switcher.js';
export { setMessages, type MessageOverrides } from './elements/shared/localize.js';
export { emxEvent, type EmxEventDetails } from './events.js';
export { sessionContext } from './context.js';
// The session service, named module by module: social login's code stays out (`<emx-session
// providers>` loads it when a page has providers; `enableSocialLogin` comes from `emx-elements/session`).
export { EmporixSession } from './session/session.js';
export { LEGAL_ENTITY_NOT_ASSIGNED } from './session/legal-entities.js';
export type { SessionSnapshot, SessionStatus, CustomerIdentity, CustomerName, LegalEntity, SessionEvents, SignOutReason, CallOptions, CustomerCallOptions } from './session/types.js';
export { updateCustomerProfile, changeCustomerPassword, requestCustomerEmailChange, confirmCustomerEmailChange } from './session/account.js';
export {
  listCustomerAddresses,
  getCustomerAddress,
  addCustomerAddress,
  updateCustomerAddress,
  deleteCustomerAddress,
  addCustomerAddressTags,
  removeCustomerAddressTags,
} from './session/addresses.js';
export { signUpCustomer, resendCustomerOptIn } from './session/signup.js';
export { requestCustomerPasswordReset, resetCustomerPassword } from './session/password-reset.js';
export { DEFAULT_REFRESH_LEEWAY_SECONDS, type SessionConfig, type ResolvedSessionConfig, type StorageKind } from './session/config.js';
export { MemoryStore, type SessionStore } from './session/storage.js';
export { SocialLoginError, type SocialLoginErrorCode } from './session/social-error.js';
export { socialLoginOf } from './session/social-access.js';
export type { SocialLogin, SocialProvider, ResolvedSocialProvider, SocialLoginMode, SocialLoginDisplay } from './session/social.js';
export * from './api/index.js';
