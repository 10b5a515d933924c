import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TokenScope, User, UserRole } from '../domain/user.ts';
import type { Database, UsersTable } from './schema.ts';
import { decoyHash, hashPassword, hashToken, newSecret, verifyPassword } from './secrets.ts';

const SESSION_DAYS = 14;

const toUser = (row: Pick<UsersTable, 'id' | 'email' | 'name' | 'role' | 'created_at'>): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as UserRole,
  createdAt: row.created_at,
});

export interface ApiToken {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export class DuplicateEmailError extends Error {}

/** Accounts, sessions and API tokens. Passwords are argon2id hashes; tokens are stored hashed. */
export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: { email: string; name: string; role: UserRole; password: string }): Promise<User> {
    const existing = await this.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', input.email)
      .executeTakeFirst();
    if (existing) throw new DuplicateEmailError(`an account for ${input.email} already exists`);
    const row = {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      role: input.role,
      password_hash: await hashPassword(input.password),
      created_at: new Date().toISOString(),
      disabled_at: null,
    };
    await this.db.insertInto('users').values(row).execute();
    return toUser(row);
  }

  async get(id: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async list(): Promise<User[]> {
    return (
      await this.db
        .selectFrom('users')
        .selectAll()
        .where('disabled_at', 'is', null)
        .orderBy('email')
        .execute()
    ).map(toUser);
  }

  async setRole(id: string, role: UserRole): Promise<void> {
    await this.db.updateTable('users').set({ role }).where('id', '=', id).execute();
  }

  /** The account for these credentials, or undefined; takes the same time whether or not the e-mail exists. */
  async authenticate(email: string, password: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email)
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    const ok = await verifyPassword(row?.password_hash ?? (await decoyHash()), password);
    return row && ok ? toUser(row) : undefined;
  }

  /** Starts a session; returns the secret for the cookie (only its hash is stored). */
  async startSession(userId: string, now = new Date()): Promise<string> {
    const token = newSecret();
    const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: hashToken(token),
        user_id: userId,
        created_at: now.toISOString(),
        expires_at: expires.toISOString(),
      })
      .execute();
    return token;
  }

  async userForSession(token: string, now = new Date()): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.email', 'users.name', 'users.role', 'users.created_at'])
      .where('sessions.token_hash', '=', hashToken(token))
      .where('sessions.expires_at', '>', now.toISOString())
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async endSession(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
  }

  /** Creates an API token; the secret is returned once and never stored. */
  async createToken(userId: string, name: string, scope: TokenScope): Promise<{ token: string; id: string }> {
    const id = randomUUID();
    const token = `atlas_${newSecret()}`;
    await this.db
      .insertInto('api_tokens')
      .values({
        id,
        user_id: userId,
        name,
        scope,
        token_hash: hashToken(token),
        created_at: new Date().toISOString(),
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    return { token, id };
  }

  async tokens(userId: string): Promise<ApiToken[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      scope: r.scope as TokenScope,
      createdAt: r.created_at,
      lastUsedAt: r.last_used_at,
      revokedAt: r.revoked_at,
    }));
  }

  async revokeToken(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The user and scope behind a live API token. */
  async userForToken(token: string): Promise<{ user: User; scope: TokenScope } | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([
        'users.id',
        'users.email',
        'users.name',
        'users.role',
        'users.created_at',
        'api_tokens.scope',
        'api_tokens.id as token_id',
      ])
      .where('api_tokens.token_hash', '=', hashToken(token))
      .where('api_tokens.revoked_at', 'is', null)
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    await this.db
      .updateTable('api_tokens')
      .set({ last_used_at: new Date().toISOString() })
      .where('id', '=', row.token_id)
      .execute();
    return { user: toUser(row), scope: row.scope as TokenScope };
  }
}
