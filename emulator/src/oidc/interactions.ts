import { errors as oidcErrors, type Interaction, type InteractionResults } from 'oidc-provider';
import type { App, AppContext } from '../env.ts';
import { escapeHtml, htmlPage } from '../html.ts';
import { readForm } from '../http.ts';
import { DEMO_IDENTITIES, identityByCredentials } from './identities.ts';
import { OIDC_MOUNT_PATH, type OpenIdProvider } from './provider.ts';

interface MissingConsent {
  missingOIDCScope?: string[];
  missingOIDCClaims?: string[];
  missingResourceScopes?: Record<string, string[]>;
}

/**
 * The provider's sign-in and consent pages. The forms post the same fields as oidc-provider's
 * development interactions (`prompt`, `login`, `password`), but only the demo identities get in.
 */
export function registerInteractionRoutes(app: App, { provider }: OpenIdProvider): void {
  const base = `${OIDC_MOUNT_PATH}/interaction/:uid`;

  /** Runs `step` for the interaction of the request's cookie; a missing or expired one gets an error page. */
  const withInteraction = async (c: AppContext, step: (interaction: Interaction) => Promise<Response>) => {
    let interaction: Interaction;
    try {
      interaction = await provider.interactionDetails(c.env.incoming, c.env.outgoing);
    } catch (error) {
      if (!(error instanceof oidcErrors.OIDCProviderError)) throw error;
      const message = 'This sign-in has expired or was opened in another browser. Start again from the shop.';
      return c.html(htmlPage('Sign-in', `<p class="error">${escapeHtml(message)}</p>`), 400);
    }
    return step(interaction);
  };

  const finish = async (c: AppContext, result: InteractionResults, mergeWithLastSubmission: boolean) =>
    c.redirect(await provider.interactionResult(c.env.incoming, c.env.outgoing, result, { mergeWithLastSubmission }), 303);

  app.get(base, (c) =>
    withInteraction(c, async (interaction) => {
      const clientId = String(interaction.params.client_id);
      return c.html(
        interaction.prompt.name === 'login'
          ? loginPage(c.req.path, clientId, String(interaction.params.login_hint ?? ''), false)
          : consentPage(c.req.path, clientId, String(interaction.params.scope ?? '')),
      );
    }),
  );

  app.post(base, (c) =>
    withInteraction(c, async (interaction) => {
      const form = await readForm(c);
      const clientId = String(interaction.params.client_id);
      if (form.prompt !== interaction.prompt.name) {
        return c.html(htmlPage('Sign-in', `<p class="error">This step expects the ${escapeHtml(interaction.prompt.name)} form.</p>`), 400);
      }
      if (interaction.prompt.name === 'login') {
        const identity = identityByCredentials(form.login ?? '', form.password ?? '');
        if (!identity) return c.html(loginPage(c.req.path, clientId, form.login ?? '', true), 401);
        return finish(c, { login: { accountId: identity.sub } }, false);
      }
      return finish(c, { consent: { grantId: await grantConsent(provider, interaction, clientId) } }, true);
    }),
  );

  app.get(`${base}/abort`, (c) =>
    withInteraction(c, () => finish(c, { error: 'access_denied', error_description: 'End-User aborted interaction' }, false)),
  );
}

/** Grants what the client asked for, as a user pressing "Continue" would. */
async function grantConsent(provider: OpenIdProvider['provider'], interaction: Interaction, clientId: string): Promise<string> {
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId: interaction.session?.accountId, clientId });
  const missing = interaction.prompt.details as MissingConsent;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope);
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes);
  return grant.save();
}

function loginPage(action: string, clientId: string, login: string, failed: boolean): string {
  const identities = DEMO_IDENTITIES.map(
    (identity) => `<li><code>${escapeHtml(identity.email)}</code> / <code>${escapeHtml(identity.password)}</code></li>`,
  ).join('');
  return htmlPage(
    'Sign in to the demo identity provider',
    `<p class="hint">Requested by <code>${escapeHtml(clientId)}</code>.</p>
${failed ? '<p class="error" role="alert">Unknown email or wrong password.</p>' : ''}
<form method="post" action="${escapeHtml(action)}" autocomplete="off">
  <input type="hidden" name="prompt" value="login">
  <label>Email <input required type="email" name="login" value="${escapeHtml(login)}" autofocus></label>
  <label>Password <input required type="password" name="password"></label>
  <button type="submit">Sign in</button>
</form>
<p><a href="${escapeHtml(action)}/abort">Cancel</a></p>
<p class="hint">Demo identities:</p><ul class="hint">${identities}</ul>`,
  );
}

function consentPage(action: string, clientId: string, scope: string): string {
  return htmlPage(
    'Allow access',
    `<p><code>${escapeHtml(clientId)}</code> asks for: <code>${escapeHtml(scope)}</code></p>
<form method="post" action="${escapeHtml(action)}">
  <input type="hidden" name="prompt" value="consent">
  <button type="submit" autofocus>Continue</button>
</form>
<p><a href="${escapeHtml(action)}/abort">Cancel</a></p>`,
  );
}
