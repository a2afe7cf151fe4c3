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
export { setMessages, type MessageOverrides } from './elements/shared/localize.js';
export { emxEvent, type EmxEventDetails } from './events.js';
export { sessionContext } from './context.js';
export * from './session/index.js';
export * from './api/index.js';
