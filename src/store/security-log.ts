import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export type SecurityEventKind =
  | 'signin.success'
  | 'signin.failure'
  | 'signin.locked'
  | 'signout'
  | 'token.created'
  | 'token.revoked'
  | 'token.rejected'
  | 'csrf.rejected'
  | 'access.denied'
  | 'user.created'
  | 'user.role';

/** Failed sign-ins allowed per account (and per address) within the window before a lockout. */
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;

/** The security event log; also answers whether an account or address is locked out. */
export class SecurityLog {
  constructor(private readonly db: Kysely<Database>) {}

  async record(
    kind: SecurityEventKind,
    subject: string,
    extra: { userId?: string; ip?: string; detail?: string } = {},
  ): Promise<void> {
    await this.db
      .insertInto('security_events')
      .values({
        kind,
        subject,
        user_id: extra.userId ?? null,
        ip: extra.ip ?? null,
        detail: extra.detail ?? null,
        created_at: new Date().toISOString(),
      })
      .execute();
  }

  /** True when `subject` (an e-mail or an address) failed to sign in too often recently. */
  async lockedOut(subject: string, now = Date.now()): Promise<boolean> {
    const since = new Date(now - LOCKOUT_WINDOW_MS).toISOString();
    const success = await this.db
      .selectFrom('security_events')
      .select((eb) => eb.fn.max('created_at').as('at'))
      .where('kind', '=', 'signin.success')
      .where('subject', '=', subject)
      .executeTakeFirst();
    const from = success?.at && success.at > since ? success.at : since;
    const row = await this.db
      .selectFrom('security_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'signin.failure')
      .where('subject', '=', subject)
      .where('created_at', '>', from)
      .executeTakeFirst();
    return Number(row?.n ?? 0) >= LOCKOUT_FAILURES;
  }

  async recent(limit = 100) {
    return this.db.selectFrom('security_events').selectAll().orderBy('id', 'desc').limit(limit).execute();
  }
}
