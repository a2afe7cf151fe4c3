import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { apiError, type ApiError } from '../errors.ts';
import { OIDC_MOUNT_PATH, type OpenIdProvider } from './provider.ts';

/** Who the provider says signed in. */
export interface ExternalIdentity {
  sub: string;
  email?: string;
  givenName?: string;
  familyName?: string;
}

export interface ProviderTokens {
  accessToken: string;
  idToken: string;
}

/** The outcome of a code redemption, with a line for the request log (never the verifier). */
export type CodeRedemption = { ok: true; tokens: ProviderTokens; note: string } | { ok: false; error: ApiError; note: string };

export const identityProviderUnavailable = (reason: string): ApiError =>
  apiError(502, 'identity_provider_unavailable', `The identity provider could not be reached: ${reason}`);

/**
 * The Emporix side of social login: redeems codes at the provider's token endpoint and checks
 * the provider's tokens against its JWKS, over real HTTP, as the real service does with an
 * external provider. Tokens are checked on real time because the provider issues them on real time.
 */
export class RelyingParty {
  readonly #jwks: ReturnType<typeof createRemoteJWKSet>;
  readonly #providerBase: string;

  /** `internalBase` is the emulator's own origin as reachable from inside the process. */
  constructor(
    readonly issuer: string,
    internalBase: string,
    private readonly openId: OpenIdProvider,
  ) {
    this.#providerBase = `${internalBase}${OIDC_MOUNT_PATH}`;
    this.#jwks = createRemoteJWKSet(new URL(`${this.#providerBase}/jwks`));
  }

  async redeemCode(clientId: string, code: string, redirectUri: string, codeVerifier: string | undefined): Promise<CodeRedemption> {
    const form = new URLSearchParams({ grant_type: 'authorization_code', client_id: clientId, code, redirect_uri: redirectUri });
    if (codeVerifier) form.set('code_verifier', codeVerifier);
    let response: Response;
    try {
      response = await fetch(`${this.#providerBase}/token`, { method: 'POST', body: form });
    } catch (error) {
      throw identityProviderUnavailable(error instanceof Error ? error.message : String(error));
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.status >= 500 || typeof body !== 'object' || body === null) {
      throw identityProviderUnavailable(`its token endpoint answered ${response.status}`);
    }
    const fields = body as Record<string, unknown>;
    if (!response.ok) {
      const reason = this.openId.redemptionFailure(code) ?? String(fields.error_description ?? fields.error ?? response.status);
      return {
        ok: false,
        error: apiError(401, 'invalid_authorization_code', `The identity provider refused the authorization code: ${String(fields.error)} (${reason}).`),
        note: `code refused by the provider (client ${clientId}): ${reason}`,
      };
    }
    if (typeof fields.access_token !== 'string' || typeof fields.id_token !== 'string') {
      throw identityProviderUnavailable('its token response has no access_token or id_token');
    }
    const pkce = codeVerifier ? 'PKCE verification passed' : 'no code_verifier sent';
    return {
      ok: true,
      tokens: { accessToken: fields.access_token, idToken: fields.id_token },
      note: `code redeemed at the provider (client ${clientId}); ${pkce}`,
    };
  }

  /** An ID token issued to `clientId` by this provider. */
  verifyIdToken(idToken: string, clientId: string): Promise<ExternalIdentity> {
    return this.#verify(idToken, { audience: clientId }, 'invalid_id_token');
  }

  /** An access token (JWT) for `audience` whose authorized party is `clientId`. */
  verifyAccessToken(token: string, clientId: string, audience: string): Promise<ExternalIdentity> {
    return this.#verify(token, { audience, typ: 'at+jwt' }, 'invalid_subject_token', (payload) => {
      const authorizedParty = payload.azp ?? payload.client_id;
      return authorizedParty === clientId ? undefined : `it was issued to client "${String(authorizedParty)}", not "${clientId}"`;
    });
  }

  async #verify(
    token: string,
    expected: { audience: string; typ?: string },
    errorType: string,
    extraCheck: (payload: JWTPayload) => string | undefined = () => undefined,
  ): Promise<ExternalIdentity> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.#jwks, { issuer: this.issuer, ...expected }));
    } catch (error) {
      if (error instanceof joseErrors.JWKSTimeout || isJwksFetchFailure(error)) {
        throw identityProviderUnavailable('its JWKS could not be fetched');
      }
      throw apiError(401, errorType, `The identity provider's token is not valid: ${describeJoseError(error)}.`);
    }
    const problem = extraCheck(payload) ?? (typeof payload.sub === 'string' ? undefined : 'it has no subject');
    if (problem) throw apiError(401, errorType, `The identity provider's token is not valid: ${problem}.`);
    return {
      sub: String(payload.sub),
      email: typeof payload.email === 'string' ? payload.email : undefined,
      givenName: typeof payload.given_name === 'string' ? payload.given_name : undefined,
      familyName: typeof payload.family_name === 'string' ? payload.family_name : undefined,
    };
  }
}

function isJwksFetchFailure(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof joseErrors.JOSEError && error.code === 'ERR_JOSE_GENERIC');
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'it has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `its "${error.claim}" claim is wrong`;
  if (error instanceof joseErrors.JOSEError) return error.message;
  return 'it cannot be read';
}
