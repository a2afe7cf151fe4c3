import type { ResolvedSessionConfig } from './config.js';
import { emptyRecord, isLegacyRecordOf, legacyRecordKey, parseRecord, recordKey, type SessionRecord } from './record.js';
import type { SessionStore } from './storage.js';

/**
 * This configuration's one record in its store: read, written whole, and told apart from a write
 * of another tab. Holds no record of its own; the session keeps the one it shows.
 */
export class StoredRecord {
  readonly #store: SessionStore;
  readonly #config: ResolvedSessionConfig;
  readonly #key: string;
  /** The stored text as this page last read it in {@link changedElsewhere} or wrote it. */
  #seen: string | null;

  constructor(store: SessionStore, config: ResolvedSessionConfig) {
    this.#store = store;
    this.#config = config;
    this.#key = recordKey(config);
    // Version 1 kept the full profile in storage; this configuration's old record must not linger.
    const legacy = store.get(legacyRecordKey(config));
    if (legacy !== null && isLegacyRecordOf(legacy, config)) store.remove(legacyRecordKey(config));
    // Discards unusable text first, so that what counts as seen is what the store holds.
    this.read();
    this.#seen = store.get(this.#key);
  }

  read(): SessionRecord {
    const raw = this.#store.get(this.#key);
    if (raw === null) return emptyRecord(this.#config);
    const parsed = parseRecord(raw, this.#config);
    if (parsed.kind === 'record') return parsed.record;
    // Unusable text is discarded; a record of another configuration is never deleted (only a
    // write of this configuration's own record replaces it).
    if (parsed.kind === 'unusable') this.#store.remove(this.#key);
    return emptyRecord(this.#config);
  }

  /** Read-modify-write, returning what was written. Only call it with the cross-tab lock held. */
  write(change: (record: SessionRecord) => SessionRecord): SessionRecord {
    const next = change(this.read());
    if (next.anonymous === undefined) delete next.anonymous;
    if (next.customer === undefined) delete next.customer;
    const raw = JSON.stringify(next);
    this.#store.set(this.#key, raw);
    this.#seen = raw;
    return next;
  }

  /** Whether the stored text changed since this page last saw it (another tab wrote it); it counts as seen from now on. */
  changedElsewhere(): boolean {
    const raw = this.#store.get(this.#key);
    if (raw === this.#seen) return false;
    this.#seen = raw;
    return true;
  }
}
