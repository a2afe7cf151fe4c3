import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { sessionContext, pageSessionHub } from '../../context.js';
import { emxEvent } from '../../events.js';
import { resolveConfig, type StorageKind } from '../../session/config.js';
import { EmporixSession } from '../../session/session.js';
import { loadSocialLogin, socialLoginOf } from '../../session/social-access.js';
import type { SocialProvider } from '../../session/social.js';

/** Which shop the session talks to: read once, when the session starts. */
const IDENTITY_PROPERTIES = ['tenant', 'clientId', 'apiUrl'] as const;
/** Changing one of these replaces the session with one of the same shop (same stored record). */
const CONTEXT_PROPERTIES = ['storage', 'siteCode', 'currency', 'language', 'targetLocation', 'refreshLeeway'] as const;

/**
 * Configures the Emporix session once for the whole page. Every emx tag on the page uses it,
 * inside or outside this element, in shadow roots, and when added later. It renders its children
 * and nothing else.
 *
 * With `providers`, the element turns social login on (`enableSocialLogin`, loaded only then). When
 * the page is the redirect back from a provider, it takes the answer out of the URL as social login
 * starts and completes the sign-in (see `socialLoginOf(session).handleRedirectCallback()`).
 *
 * One page, one session configuration. `tenant`, `client-id` and `api-url` are read once, when the
 * element connects; later changes are undone with a console warning (to switch shops, replace the
 * element). A second `<emx-session>` with another tenant, client id or API URL is ignored with a
 * console warning while the first is on the page: it starts no session, serves no tag and leaves
 * the first one's stored session alone. One with the same three values shares the page.
 *
 * @summary The page's Emporix session: tenant, client id and API URL, shared with every emx tag.
 *
 * @slot - Optional content; the session serves the whole page either way.
 *
 * @event emx-session-change - The session state changed. `detail.snapshot`: status, session id, customer.
 * @event emx-login - A customer signed in (password, social, double opt-in, or in another tab). `detail.customer`, `detail.method`.
 * @event emx-logout - The customer was signed out. `detail.reason`: `logout`, `expired`, `other-tab` or `replaced` (another customer signed in here).
 * @event emx-legal-entity-change - The legal entity (company) the session acts for changed, here or in another tab. `detail.previous`, `detail.current` (ids; undefined for none).
 * @event emx-error - A background session operation failed without changing the session, or a social sign-in failed (`detail.operation` `social-login`, `detail.code` a `SocialLoginErrorCode`). The README's table of operations lists every `detail.operation`.
 */
export class EmxSessionElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Emporix tenant name (lowercase). Required. Read once, when the element connects: one page, one shop. */
  @property({ reflect: true }) tenant = '';

  /** Storefront client id (API key) from the Emporix Developer Portal. Required. Read once, when the element connects. */
  @property({ attribute: 'client-id', reflect: true }) clientId = '';

  /** API origin (an absolute URL); defaults to `https://api.emporix.io`. Point it at the emulator for development. Read once, when the element connects. */
  @property({ attribute: 'api-url', reflect: true }) apiUrl = '';

  /** Where the session is kept: `local` (shared by tabs, default), `session` (this tab) or `memory`. */
  @property() storage: StorageKind = 'local';

  /** Site code sent with anonymous login. */
  @property({ attribute: 'site-code' }) siteCode = '';

  /** Currency (ISO 4217) sent with anonymous login. */
  @property() currency = '';

  /** Language sent with anonymous login. */
  @property() language = '';

  /** Country code sent with anonymous login. */
  @property({ attribute: 'target-location' }) targetLocation = '';

  /** Seconds before expiry at which a token is refreshed before use. */
  @property({ attribute: 'refresh-leeway', type: Number }) refreshLeeway = 60;

  /**
   * Social-login providers, one sign-in button each in `<emx-login>` (`socialLoginOf(session).providers`).
   * Without any, the social-login code is never loaded.
   * As an attribute: a JSON array, e.g. `providers='[{"id":"google","label":"Google","issuer":"…","clientId":"…","redirectUri":"…"}]'`.
   */
  @property({ type: Array }) providers: SocialProvider[] = [];

  readonly #provider = new ContextProvider(this, { context: sessionContext });
  #session: EmporixSession | undefined;
  #unsubscribes: Array<() => void> = [];
  #warned = false;

  /** The session service this element configured; undefined until `tenant` and `client-id` are set. */
  get session(): EmporixSession | undefined {
    return this.#session;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  /**
   * Another shop is never switched to in place: changes of tenant, client id or API URL are
   * undone while a session runs. A changed anonymous context or storage means another session of
   * the same shop: the old one is released, a new one served.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && this.#session && IDENTITY_PROPERTIES.some((name) => changed.has(name))) {
      for (const name of IDENTITY_PROPERTIES) if (changed.has(name)) (this as Record<typeof name, string>)[name] = changed.get(name) as string;
      this.#warn(`<emx-session>: tenant, client-id and api-url are read once; the change is ignored. Replace the element to switch shops.`);
    }
    if (this.hasUpdated && this.#session && CONTEXT_PROPERTIES.some((name) => changed.has(name))) this.#stop();
    if (this.isConnected) this.#start();
    if (changed.has('providers') && this.#session) this.#configureSocialLogin(this.#session);
  }

  #warn(message: string): void {
    if (this.#warned) return;
    this.#warned = true;
    console.warn(message);
  }

  #start(): void {
    if (!this.tenant || !this.clientId || this.#session) return;
    const hub = pageSessionHub(this.ownerDocument);
    if (!hub.accepts(resolveConfig({ tenant: this.tenant, clientId: this.clientId, apiUrl: this.apiUrl || undefined }))) {
      this.#warn(`<emx-session tenant="${this.tenant}">: another <emx-session> with a different tenant, client-id or api-url serves this page; this one is ignored.`);
      return;
    }
    const session = new EmporixSession({
      tenant: this.tenant,
      clientId: this.clientId,
      apiUrl: this.apiUrl || undefined,
      storage: this.storage,
      refreshLeewaySeconds: this.refreshLeeway,
      anonymousContext: {
        siteCode: this.siteCode || undefined,
        currency: this.currency || undefined,
        language: this.language || undefined,
        targetLocation: this.targetLocation || undefined,
      },
    });
    this.#session = session;
    this.#configureSocialLogin(session);
    this.#unsubscribes = [
      session.subscribe((snapshot) => this.dispatchEvent(emxEvent('emx-session-change', { snapshot }))),
      session.on('login', (detail) => this.dispatchEvent(emxEvent('emx-login', detail))),
      session.on('logout', (detail) => this.dispatchEvent(emxEvent('emx-logout', detail))),
      session.on('legal-entity', (detail) => this.dispatchEvent(emxEvent('emx-legal-entity-change', detail))),
      session.on('error', ({ operation, error }) =>
        this.dispatchEvent(emxEvent('emx-error', { operation, code: error.code, status: error.status, error })),
      ),
    ];
    this.#provider.setValue(session);
    hub.provide(session);
  }

  /**
   * Turns social login on once there are providers (and keeps their list current). The first time,
   * a provider's answer in the URL is completed: it leaves the URL before anything else uses it.
   */
  #configureSocialLogin(session: EmporixSession): void {
    const providers = this.providers;
    if (providers.length === 0 && !socialLoginOf(session)) return;
    void loadSocialLogin().then(
      ({ enableSocialLogin }) => {
        if (this.#session !== session || providers !== this.providers) return;
        const firstTime = !socialLoginOf(session);
        const social = enableSocialLogin(session, providers);
        if (firstTime) void social.handleRedirectCallback();
      },
      (error: unknown) => session.reportError('social-login', error),
    );
  }

  #stop(): void {
    const session = this.#session;
    if (!session) return;
    this.#session = undefined;
    this.#unsubscribes.forEach((unsubscribe) => unsubscribe());
    this.#unsubscribes = [];
    pageSessionHub(this.ownerDocument).withdraw(session);
    this.#provider.setValue(undefined);
    session.dispose();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
