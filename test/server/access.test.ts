import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { User } from '../../src/domain/user.ts';
import { policyAccess } from '../../src/server/access/policy-access.ts';
import type { Draft } from '../../src/store/draft-repository.ts';

const user = (id: string, role: User['role']): User => ({ id, email: `${id}@x.org`, name: id, role, createdAt: '' });
const draft = (authorId: string, status: Draft['status'] = 'pending') => ({ authorId, status }) as Draft;

test('readers cannot propose; contributors can', () => {
  assert.equal(policyAccess.propose(undefined), false);
  assert.equal(policyAccess.propose(user('r', 'reader')), false);
  assert.equal(policyAccess.propose(user('c', 'contributor')), true);
  assert.equal(policyAccess.propose(user('a', 'admin')), true);
});

test('reviewers review others’ pending drafts only', () => {
  assert.equal(policyAccess.review(user('c', 'contributor'), draft('x')), false);
  assert.equal(policyAccess.review(user('r', 'reviewer'), draft('x')), true);
  assert.equal(policyAccess.review(user('r', 'reviewer'), draft('r')), false, 'not their own');
  assert.equal(policyAccess.review(user('r', 'reviewer'), draft('x', 'approved')), false, 'not twice');
  assert.equal(policyAccess.review(user('a', 'admin'), draft('x')), true);
});
