import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  approveDraft,
  proposePolicyChange,
  rejectDraft,
  ReviewError,
} from '../../src/store/review-workflow.ts';
import { VersionConflictError } from '../../src/store/policy-repository.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { buildPolicy } from '../helpers/factories.ts';

for (const backend of BACKENDS) {
  describe(`accounts and review (${backend.name})`, { skip: backend.skip }, () => {
    const opened: { dispose(): Promise<void> }[] = [];
    after(() => Promise.all(opened.map((s) => s.dispose())));
    const setup = async () => {
      const store = await backend.open();
      opened.push(store);
      const alice = await store.users.create({
        email: 'alice@example.org',
        name: 'Alice',
        role: 'contributor',
        password: 'correct horse battery',
      });
      const rita = await store.users.create({
        email: 'rita@example.org',
        name: 'Rita',
        role: 'reviewer',
        password: 'another long secret',
      });
      await store.policies.save(buildPolicy(), { author: 'seed', reason: 'seed' });
      return { store, alice, rita };
    };

    test('passwords are stored as argon2id hashes and checked', async () => {
      const { store } = await setup();
      const row = await store.db
        .selectFrom('users')
        .select('password_hash')
        .where('email', '=', 'alice@example.org')
        .executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^\$argon2id\$/);
      assert.equal(
        (await store.users.authenticate('alice@example.org', 'correct horse battery'))?.name,
        'Alice',
      );
      assert.equal(await store.users.authenticate('alice@example.org', 'wrong password!!'), undefined);
      assert.equal(await store.users.authenticate('nobody@example.org', 'correct horse battery'), undefined);
    });

    test('sessions and API tokens are stored hashed and can be ended or revoked', async () => {
      const { store, alice } = await setup();
      const session = await store.users.startSession(alice.id);
      assert.equal((await store.users.userForSession(session))?.id, alice.id);
      const stored = await store.db.selectFrom('sessions').select('token_hash').executeTakeFirstOrThrow();
      assert.notEqual(stored.token_hash, session);
      await store.users.endSession(session);
      assert.equal(await store.users.userForSession(session), undefined);

      const { token, id } = await store.users.createToken(alice.id, 'script', 'write');
      assert.deepEqual((await store.users.userForToken(token))?.scope, 'write');
      assert.equal(await store.users.revokeToken(alice.id, id), true);
      assert.equal(await store.users.userForToken(token), undefined);
    });

    test('a contributor proposes, a different reviewer approves, provenance is stamped', async () => {
      const { store, alice, rita } = await setup();
      const draftId = await proposePolicyChange(store, alice, buildPolicy({ year: 2021 }), 1, 'fix the year');
      assert.equal((await store.policies.get('test-policy'))?.policy.year, 2020, 'a draft publishes nothing');
      assert.equal((await store.drafts.list({ status: 'pending' })).length, 1);

      await approveDraft(store, rita, draftId, 'checked against the gazette');
      const published = (await store.policies.get('test-policy'))!;
      assert.equal(published.policy.year, 2021);
      assert.equal(published.policy.reviewStatus, 'verified');
      assert.equal(published.policy.provenance.author, 'Alice');
      assert.equal(published.policy.provenance.reviewer, 'Rita');
      assert.match(published.policy.provenance.lastAuditDate!, /^\d{4}-\d{2}-\d{2}$/);
      const [revision] = await store.policies.history('test-policy');
      assert.equal(revision!.author, 'Alice');
      assert.match(revision!.reason, /fix the year \(approved by Rita: checked against the gazette\)/);
    });

    test('nobody approves their own change', async () => {
      const { store, rita } = await setup();
      const draftId = await proposePolicyChange(store, rita, buildPolicy({ year: 2022 }), 1, 'mine');
      await assert.rejects(
        approveDraft(store, rita, draftId, ''),
        (e: unknown) => e instanceof ReviewError && e.code === 'own-change',
      );
    });

    test('conflicting edits are detected, never silently overwritten', async () => {
      const { store, alice, rita } = await setup();
      const first = await proposePolicyChange(store, alice, buildPolicy({ year: 2021 }), 1, 'first');
      const second = await proposePolicyChange(
        store,
        alice,
        buildPolicy({ status: 'Repealed' }),
        1,
        'second',
      );
      await approveDraft(store, rita, first, '');
      await assert.rejects(
        approveDraft(store, rita, second, ''),
        (e: unknown) => e instanceof ReviewError && e.code === 'conflict',
      );
      assert.equal((await store.policies.get('test-policy'))?.policy.status, 'Active');
      assert.equal((await store.drafts.get(second))?.status, 'pending');
      await assert.rejects(
        proposePolicyChange(store, alice, buildPolicy(), 1, 'stale'),
        VersionConflictError,
      );
    });

    test('a rejected draft publishes nothing and keeps the comment', async () => {
      const { store, alice, rita } = await setup();
      const draftId = await proposePolicyChange(store, alice, buildPolicy({ year: 1999 }), 1, 'typo');
      await rejectDraft(store, rita, draftId, 'the year is right as it is');
      const draft = (await store.drafts.get(draftId))!;
      assert.equal(draft.status, 'rejected');
      assert.equal(draft.reviewerName, 'Rita');
      assert.equal(draft.reviewComment, 'the year is right as it is');
      assert.equal((await store.policies.get('test-policy'))?.policy.year, 2020);
      await assert.rejects(
        approveDraft(store, rita, draftId, ''),
        (e: unknown) => e instanceof ReviewError && e.code === 'already-decided',
      );
    });
  });
}
