import type { Store } from '../../storage/store';
import type { RandomSource } from '../random';
import { sha256Hex } from '../digest';
import { errors } from '../errors';
import type { HubAuth } from './hub-api';

interface AccountRecord {
  username: string;
  /** 16 random bytes, hex. */
  salt: string;
  /** sha256(salt + ":" + password), hex. */
  hash: string;
}

const enc = new TextEncoder();

/**
 * Sandbox-local hub accounts (registry table, "account:<name>"). There is no web sign-up in the
 * sandbox, so logging in with a username the hub does not know registers it with that password.
 * The password is kept only as a salted SHA-256: enough that the stored value is not the
 * password, but NOT a real password KDF (no work factor) — these are practice accounts that live
 * in the learner's own browser, never a place for a real password.
 */
export class HubAccounts {
  constructor(
    private readonly store: Store,
    private readonly random: RandomSource,
  ) {}

  async exists(username: string): Promise<boolean> {
    return (await this.store.get('registry', key(username))) !== undefined;
  }

  /** Registers unknown names; throws loginUnauthorized for a wrong password. */
  async login(auth: HubAuth): Promise<{ created: boolean }> {
    const rec = await this.store.get<AccountRecord>('registry', key(auth.username));
    if (!rec) {
      const salt = Array.from({ length: 16 }, () => Math.floor(this.random() * 256).toString(16).padStart(2, '0')).join('');
      const next: AccountRecord = { username: auth.username, salt, hash: await hash(salt, auth.password) };
      await this.store.write([{ op: 'put', table: 'registry', key: key(auth.username), value: next }]);
      return { created: true };
    }
    if ((await hash(rec.salt, auth.password)) !== rec.hash) throw errors.loginUnauthorized();
    return { created: false };
  }

  /** The account these credentials prove, or undefined (anonymous or wrong password). */
  async verify(auth: HubAuth | undefined): Promise<string | undefined> {
    if (!auth) return undefined;
    const rec = await this.store.get<AccountRecord>('registry', key(auth.username));
    if (!rec || (await hash(rec.salt, auth.password)) !== rec.hash) return undefined;
    return rec.username;
  }
}

const key = (username: string) => `account:${username}`;

async function hash(salt: string, password: string): Promise<string> {
  return sha256Hex(enc.encode(`${salt}:${password}`));
}
