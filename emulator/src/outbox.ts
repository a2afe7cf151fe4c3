import type { Clock } from './clock.ts';
import { escapeHtml, htmlPage } from './html.ts';
import type { EmailTokenKind } from './email-tokens.ts';

/** One email the real service would have sent. */
export interface OutboxEntry {
  id: string;
  to: string;
  kind: EmailTokenKind;
  subject: string;
  token: string;
  link: string;
  createdAt: string;
}

const SUBJECTS: Record<EmailTokenKind, string> = {
  'password-reset': 'Reset your password',
  'email-change': 'Confirm your new email address',
  'double-opt-in': 'Confirm your registration',
};

/**
 * Where each kind of email links to on the storefront. The token goes in the fragment, which the
 * browser never sends to the server nor in a `Referer`: it stays out of access logs and proxies.
 */
const LINKS: Record<EmailTokenKind, (storefrontUrl: string, token: string) => string> = {
  'password-reset': (base, token) => `${base}/password-reset.html#token=${encodeURIComponent(token)}`,
  'email-change': (base, token) => `${base}/account.html#email-token=${encodeURIComponent(token)}`,
  'double-opt-in': (base, token) => `${base}/signup.html#optin-token=${encodeURIComponent(token)}`,
};

/** The emails of every tenant, kept instead of sent. */
export class Outbox {
  #entries = new Map<string, OutboxEntry[]>();
  #nextId = 1;

  constructor(
    private readonly clock: Clock,
    private readonly storefrontUrl: string,
  ) {}

  clear(): void {
    this.#entries.clear();
    this.#nextId = 1;
  }

  send(tenant: string, kind: EmailTokenKind, to: string, token: string): void {
    const entry: OutboxEntry = {
      id: String(this.#nextId++),
      to,
      kind,
      subject: SUBJECTS[kind],
      token,
      link: LINKS[kind](this.storefrontUrl, token),
      createdAt: this.clock.nowIso(),
    };
    this.#entries.set(tenant, [entry, ...(this.#entries.get(tenant) ?? [])]);
  }

  /** Newest first. */
  list(tenant: string): OutboxEntry[] {
    return [...(this.#entries.get(tenant) ?? [])];
  }
}

export function renderOutboxPage(tenant: string, entries: OutboxEntry[]): string {
  const rows = entries
    .map(
      (entry) => `<tr>
  <td>${escapeHtml(entry.createdAt)}</td>
  <td>${escapeHtml(entry.to)}</td>
  <td>${escapeHtml(entry.subject)}<br><span class="hint">${escapeHtml(entry.kind)}</span></td>
  <td><a href="${escapeHtml(entry.link)}">${escapeHtml(entry.link)}</a><br><span class="hint">token <code>${escapeHtml(entry.token)}</code></span></td>
</tr>`,
    )
    .join('\n');
  const body = entries.length
    ? `<table><thead><tr><th>Sent</th><th>To</th><th>Subject</th><th>Link</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="hint">No emails yet.</p>';
  return htmlPage(`Outbox of tenant ${tenant}`, body);
}
