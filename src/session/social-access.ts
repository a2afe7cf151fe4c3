/**
 * Social login's two lazy parts, and finding a session's social login without loading it:
 * `<emx-session>` loads the plug-in (social.ts) once it has providers, the plug-in loads the
 * sign-in code with oidc-client-ts (social-flow.ts) on the first sign-in or callback, and
 * `<emx-login>` finds the plug-in here. Pages without providers download neither part.
 */
import type { EmporixSession } from './session.js';
import type { SocialLogin } from './social.js';

let socialLogin: Promise<typeof import('./social.js')> | undefined;
let socialFlow: Promise<typeof import('./social-flow.js')> | undefined;

/** The social-login plug-in (`enableSocialLogin`), fetched when a session first gets providers; a failed download is tried again next time. */
export function loadSocialLogin(): Promise<typeof import('./social.js')> {
  socialLogin ??= import('./social.js').catch((error: unknown) => {
    socialLogin = undefined;
    throw error;
  });
  return socialLogin;
}

/** The sign-in code and oidc-client-ts, fetched on the first sign-in or callback only; a failed download is tried again next time. */
export function loadSocialFlow(): Promise<typeof import('./social-flow.js')> {
  socialFlow ??= import('./social-flow.js').catch((error: unknown) => {
    socialFlow = undefined;
    throw error;
  });
  return socialFlow;
}

/** The name social login is plugged into the session under. */
export const SOCIAL_LOGIN_EXTENSION = 'social-login';

/** The session's social login, once turned on (`<emx-session providers>` or `enableSocialLogin`); `undefined` before. */
export function socialLoginOf(session: EmporixSession): SocialLogin | undefined {
  return session.extension(SOCIAL_LOGIN_EXTENSION) as SocialLogin | undefined;
}

/**
 * Calls `listener` when social login is turned on for `session` and on every change of its
 * providers, last failure or progress; returns the unsubscribe function.
 */
export function watchSocialLogin(session: EmporixSession, listener: () => void): () => void {
  let unsubscribeSocial = socialLoginOf(session)?.subscribe(listener);
  const unsubscribeExtend = session.onExtend((name) => {
    if (name !== SOCIAL_LOGIN_EXTENSION) return;
    unsubscribeSocial?.();
    unsubscribeSocial = socialLoginOf(session)?.subscribe(listener);
    listener();
  });
  return () => {
    unsubscribeExtend();
    unsubscribeSocial?.();
  };
}
