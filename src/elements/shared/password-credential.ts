/** Chromium's Credential Management type; not part of TypeScript's DOM library. */
type PasswordCredentialConstructor = new (init: { id: string; password: string; name?: string }) => Credential;

/**
 * Asks the browser to offer saving the password (Credential Management API, Chromium-based
 * browsers). Elsewhere the light-DOM form is what the password manager sees; either way the
 * answer is the browser's, so a refusal is not an error.
 */
export function offerToSavePassword(credential: { email: string; password: string; name?: string }): void {
  const PasswordCredential = (globalThis as { PasswordCredential?: PasswordCredentialConstructor }).PasswordCredential;
  if (!PasswordCredential || !navigator.credentials?.store) return;
  const init = { id: credential.email, password: credential.password, ...(credential.name ? { name: credential.name } : {}) };
  navigator.credentials.store(new PasswordCredential(init)).catch(() => undefined);
}
