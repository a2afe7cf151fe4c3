import { EmporixError, type EmporixErrorKind } from '../api/index.js';

/**
 * What went wrong, in one word a page can switch on (and translate):
 * - `cancelled`: the customer cancelled at the provider (`access_denied`) or closed the popup;
 * - `state_mismatch`: the answer belongs to no sign-in started in this tab (tampered, replayed, or
 *   started elsewhere), or its ID token carries another nonce;
 * - `expired`: the sign-in was started too long ago;
 * - `provider_error`: the provider answered with another error, or an answer that could not be used;
 * - `emporix_refused`: Emporix refused the code (`socialLogin`) or the provider's token (`exchangeauthtoken`);
 * - `missing_verifier`: this tab no longer holds the PKCE verifier of the sign-in;
 * - `insecure_provider`: the provider's issuer or a discovered endpoint is not `https:` (`http:`
 *   is allowed on loopback hosts only: `localhost`, `127.0.0.0/8`, `[::1]`); nothing was opened;
 * - `network`: the provider or Emporix did not answer (`kind` says `network` or `timeout`).
 */
export type SocialLoginErrorCode =
  | 'cancelled'
  | 'state_mismatch'
  | 'expired'
  | 'provider_error'
  | 'emporix_refused'
  | 'missing_verifier'
  | 'insecure_provider'
  | 'network';

/** A failed social sign-in. `status` is Emporix's HTTP status for `emporix_refused`, otherwise 0. */
export class SocialLoginError extends EmporixError {
  declare readonly code: SocialLoginErrorCode;

  constructor(code: SocialLoginErrorCode, message: string, options: { kind?: EmporixErrorKind; status?: number; cause?: unknown } = {}) {
    super({ kind: options.kind ?? 'http', status: options.status, code, message, cause: options.cause });
  }
}

/** The provider's error answer (`error`, `error_description`) in the words of {@link SocialLoginErrorCode}. */
export function providerFailure(error: string, description: string | undefined): SocialLoginError {
  if (error === 'access_denied') return new SocialLoginError('cancelled', 'The sign-in was cancelled at the provider');
  return new SocialLoginError('provider_error', `The provider refused the sign-in: ${description || error}`);
}

/**
 * Names any failure of a social sign-in in the words of {@link SocialLoginErrorCode}: Emporix's
 * answers, oidc-client-ts's errors, and a provider or code download that could not be reached.
 */
export function toSocialLoginError(error: unknown): SocialLoginError {
  if (error instanceof SocialLoginError) return error;
  if (error instanceof EmporixError) {
    if (error.kind === 'http') {
      return new SocialLoginError('emporix_refused', `Emporix refused the sign-in: ${error.message}`, { status: error.status, cause: error });
    }
    return new SocialLoginError('network', error.message, { kind: error.kind === 'timeout' ? 'timeout' : 'network', cause: error });
  }
  // oidc-client-ts marks its error classes by name; fetch (and a failed import) report an unreachable server as a TypeError.
  const name = error instanceof Error ? error.name : '';
  if (name === 'ErrorTimeout') return new SocialLoginError('network', 'The provider did not answer in time', { kind: 'timeout', cause: error });
  if (error instanceof TypeError) return new SocialLoginError('network', 'The provider could not be reached', { kind: 'network', cause: error });
  if (name === 'ErrorResponse') {
    const { error: code, error_description: description } = error as Error & { error: string; error_description?: string | null };
    return providerFailure(code, description ?? undefined);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new SocialLoginError('provider_error', `The provider's answer could not be used: ${reason}`, { cause: error });
}
