/**
 * Watches what the page offers the browser's password manager (`navigator.credentials.store`),
 * until stopped. Where the engine has no `PasswordCredential` (Firefox, WebKitGTK; MiniBrowser has
 * no `navigator.credentials` at all) there is nothing to offer: `expected` is then empty, and the
 * test still sees the flow complete without an error.
 */
export function watchPasswordOffers(): {
  /** The offers as `[type, id]`. */
  readonly offered: Array<[string, string]>;
  /** What must have been offered after `email` signed in, signed up or set a password: one password offer where the engine can take it. */
  expected(email: string): Array<[string, string]>;
  stop(): void;
} {
  const offered: Array<[string, string]> = [];
  const container = navigator.credentials as CredentialsContainer | undefined;
  const original = container?.store;
  const canOffer = 'PasswordCredential' in globalThis && typeof original === 'function';
  if (container) {
    container.store = async (credential: Credential) => {
      offered.push([credential.type, credential.id]);
      return undefined;
    };
  }
  return {
    offered,
    expected: (email) => (canOffer ? [['password', email]] : []),
    stop() {
      if (container && original) container.store = original;
    },
  };
}
