import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { sessionContext, pageSessionHub } from '../../context.js';
import { emxEvent } from '../../events.js';
import { EmporixSession, type SocialProvider, type StorageKind } from '../../session/index.js';

const CONFIG_PROPERTIES = ['tenant', 'clientId', 'apiUrl', 'storage', 'siteCode', 'currency', 'language', 'targetLocation', 'refreshLeeway'] as const;

/**
 * Configures the Emporix session once for the whole page. Every emx tag on the page uses it,
 * inside or outside this element, in shadow roots, and when added later. It renders its children
 * and nothing else.
 *
 * @summary The page's Emporix session: tenant, client id and API URL, shared with every emx tag.
 *
 * @slot - Optional content; the session serves the whole page either way.
 *
 * @event emx-session-change - The session state changed. `detail.snapshot`: status, session id, customer.
 * @event emx-login - A customer signed in (password, social, double opt-in, or in another tab). `detail.customer`, `detail.method`.
 * @event emx-logout - The customer was signed out. `detail.reason`: `logout`, `expired` or `other-tab`.
 * @event emx-error - A background session operation failed without changing the session, or a social sign-in failed (`detail.operation` `social login`, `detail.code` a `SocialLoginErrorCode`).
 *
 * When the page is the redirect back from a social-login provider, the element takes the answer out
 * of the URL as it connects and completes the sign-in (see `session.social.handleRedirectCallback()`).
 */
export class EmxSessionElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Emporix tenant name (lowercase). Required. */
  @property({ reflect: true }) tenant = '';

  /** Storefront client id (API key) from the Emporix Developer Portal. Required. */
  @property({ attribute: 'client-id', reflect: true }) clientId = '';

  /** API origin; defaults to `https://api.emporix.io`. Point it at the emulator for development. */
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
   * Social-login providers, one sign-in button each in `<emx-login>` (`session.social.providers`).
   * As an attribute: a JSON array, e.g. `providers='[{"id":"google","label":"Google","issuer":"…","clientId":"…","redirectUri":"…"}]'`.
   */
  @property({ type: Array }) providers: SocialProvider[] = [];

  readonly #provider = new ContextProvider(this, { context: sessionContext });
  #session: EmporixSession | undefined;
  #unsubscribes: Array<() => void> = [];

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

  /** A changed configuration means another session: the old one is released, a new one served. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && this.#session && CONFIG_PROPERTIES.some((name) => changed.has(name))) this.#stop();
    if (this.isConnected) this.#start();
    if (changed.has('providers')) this.#session?.social.configure(this.providers);
  }

  #start(): void {
    if (!this.tenant || !this.clientId || this.#session) return;
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
    session.social.configure(this.providers);
    // A provider's answer in the URL leaves it before anything else sees the session.
    void session.social.handleRedirectCallback();
    this.#session = session;
    this.#unsubscribes = [
      session.subscribe((snapshot) => this.dispatchEvent(emxEvent('emx-session-change', { snapshot }))),
      session.on('login', (detail) => this.dispatchEvent(emxEvent('emx-login', detail))),
      session.on('logout', (detail) => this.dispatchEvent(emxEvent('emx-logout', detail))),
      session.on('error', ({ operation, error }) =>
        this.dispatchEvent(emxEvent('emx-error', { operation, code: error.code, status: error.status, error })),
      ),
    ];
    this.#provider.setValue(session);
    pageSessionHub(this.ownerDocument).provide(session);
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
