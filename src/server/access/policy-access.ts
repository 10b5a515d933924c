import { roleAtLeast, type User } from '../../domain/user.ts';
import type { Draft } from '../../store/draft-repository.ts';

/**
 * Who may do what with policy records. Reading is open to everyone; every write goes through
 * one of these rules.
 */
export const policyAccess = {
  /** Contributors and above propose changes (as drafts). */
  propose: (user: User | undefined): user is User => !!user && roleAtLeast(user.role, 'contributor'),
  /** Reviewers and above see the review queue. */
  seeQueue: (user: User | undefined): user is User => !!user && roleAtLeast(user.role, 'reviewer'),
  /** Reviewers decide on drafts, never on their own. */
  review: (user: User | undefined, draft: Draft): boolean =>
    !!user && roleAtLeast(user.role, 'reviewer') && draft.authorId !== user.id && draft.status === 'pending',
};

/** The actions a user may take on a policy page, for the UI to show only those. */
export function policyAbilities(user: User | undefined) {
  return { edit: policyAccess.propose(user), history: true, review: policyAccess.seeQueue(user) };
}
