import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/**
 * The provider's storage (sessions, grants, codes, tokens) in one Map per emulator, so a reset
 * also signs everyone out of the provider. oidc-provider's own memory adapter is process-wide.
 */
export class ProviderStorage {
  readonly #entries = new Map<string, Entry>();

  clear(): void {
    this.#entries.clear();
  }

  /** The client an authorization code was issued to, while the provider still keeps the code. */
  clientOfCode(code: string): string | undefined {
    const clientId = this.#entries.get(`AuthorizationCode:${code}`)?.payload.clientId;
    return typeof clientId === 'string' ? clientId : undefined;
  }

  adapterFor = (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    const find = (id: string): AdapterPayload | undefined => {
      const entry = this.#entries.get(key(id));
      if (!entry) return undefined;
      if (entry.expiresAt <= Date.now()) {
        this.#entries.delete(key(id));
        return undefined;
      }
      return entry.payload;
    };
    const findBy = (field: 'uid' | 'userCode', value: string): AdapterPayload | undefined => {
      for (const [entryKey, entry] of this.#entries) {
        if (entryKey.startsWith(`${model}:`) && entry.payload[field] === value) return find(entryKey.slice(model.length + 1));
      }
      return undefined;
    };
    return {
      upsert: async (id, payload, expiresIn) => {
        this.#entries.set(key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
      },
      find: async (id) => find(id),
      findByUid: async (uid) => findBy('uid', uid),
      findByUserCode: async (userCode) => findBy('userCode', userCode),
      consume: async (id) => {
        const payload = find(id);
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => {
        this.#entries.delete(key(id));
      },
      revokeByGrantId: async (grantId) => {
        for (const [entryKey, entry] of this.#entries) if (entry.payload.grantId === grantId) this.#entries.delete(entryKey);
      },
    };
  };
}
