import type { Policy } from '../domain/policy.ts';
import type { User } from '../domain/user.ts';
import type { Draft } from './draft-repository.ts';
import { currentVersion, editableKind } from './editable-kinds.ts';
import { VersionConflictError } from './policy-repository.ts';
import type { Store } from './store.ts';

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly code: 'not-found' | 'already-decided' | 'own-change' | 'conflict',
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Proposes a new version of a policy as a draft for review. The draft remembers the version it was
 * based on; when that is no longer current the proposal is refused as a conflict.
 */
export async function proposePolicyChange(
  store: Store,
  author: User,
  policy: Policy,
  baseVersion: number,
  reason: string,
): Promise<string> {
  const current = await store.policies.get(policy.id);
  const currentVersion = current?.version ?? 0;
  if (currentVersion !== baseVersion) throw new VersionConflictError(policy.id, baseVersion, currentVersion);
  return store.drafts.create({
    entityType: 'policy',
    entityId: policy.id,
    baseVersion,
    authorId: author.id,
    reason,
    data: policy,
  });
}

/**
 * Proposes a new version of any editable record (facility, country profile, document metadata,
 * policy) as a draft; refused as a conflict when `baseVersion` is no longer current.
 */
export async function proposeChange(
  store: Store,
  author: User,
  type: string,
  value: unknown,
  baseVersion: number,
  reason: string,
): Promise<string> {
  const kind = editableKind(type);
  if (!kind) throw new Error(`records of type ${type} cannot be edited`);
  const id = kind.idOf(value);
  const version = await currentVersion(store, type, id);
  if (version !== baseVersion) throw new VersionConflictError(id, baseVersion, version);
  return store.drafts.create({ entityType: type, entityId: id, baseVersion, authorId: author.id, reason, data: value });
}

/**
 * Approves a draft and publishes it: provenance is stamped (author, reviewer, audit date) and the
 * record becomes verified. A reviewer cannot approve their own change; a draft whose base version is
 * no longer current is a conflict and stays pending.
 */
export async function approveDraft(
  store: Store,
  reviewer: User,
  draftId: string,
  comment: string,
): Promise<Draft<Policy>> {
  try {
    return await publishDraft(store, reviewer, draftId, comment);
  } catch (error) {
    // Another process published a change to the same record at the same moment.
    if (error instanceof VersionConflictError || isUniqueViolation(error)) {
      throw new ReviewError('the record changed while this draft was being approved', 'conflict');
    }
    throw error;
  }
}

/** A unique-constraint failure on PostgreSQL (23505) or SQLite. */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

function publishDraft(
  store: Store,
  reviewer: User,
  draftId: string,
  comment: string,
): Promise<Draft<Policy>> {
  return store.transaction(async (tx) => {
    const draft = await tx.drafts.get<Policy>(draftId);
    if (!draft) throw new ReviewError('no such draft', 'not-found');
    if (draft.status !== 'pending')
      throw new ReviewError(`this draft was already ${draft.status}`, 'already-decided');
    if (draft.authorId === reviewer.id)
      throw new ReviewError('a change cannot be approved by its author', 'own-change');
    const version = await currentVersion(tx, draft.entityType, draft.entityId);
    if (version !== draft.baseVersion) {
      throw new ReviewError(
        `the record changed since this draft was written (version ${draft.baseVersion} → ${version})`,
        'conflict',
      );
    }
    const meta = {
      author: draft.authorName,
      reason: `${draft.reason} (approved by ${reviewer.name}${comment ? `: ${comment}` : ''})`,
    };
    const provenance = { author: draft.authorName, reviewer: reviewer.name, lastAuditDate: today() };
    if (draft.entityType !== 'policy') {
      const kind = editableKind(draft.entityType);
      if (!kind || draft.data === null) throw new ReviewError(`cannot publish a ${draft.entityType} draft`, 'not-found');
      await kind.save(tx, kind.published(draft.data, provenance), meta);
    } else if (draft.data === null) {
      await tx.policies.delete(draft.entityId, meta);
    } else {
      const published: Policy = {
        ...draft.data,
        reviewStatus: 'verified',
        provenance,
      };
      await tx.policies.save(published, meta, draft.baseVersion);
    }
    if (!(await tx.drafts.decide(draftId, { status: 'approved', reviewerId: reviewer.id, comment }))) {
      throw new ReviewError('this draft was decided by someone else meanwhile', 'already-decided');
    }
    return (await tx.drafts.get<Policy>(draftId))!;
  });
}

/** Rejects a draft with a comment; nothing is published. */
export async function rejectDraft(
  store: Store,
  reviewer: User,
  draftId: string,
  comment: string,
): Promise<void> {
  const draft = await store.drafts.get(draftId);
  if (!draft) throw new ReviewError('no such draft', 'not-found');
  if (draft.authorId === reviewer.id)
    throw new ReviewError('a change cannot be reviewed by its author', 'own-change');
  if (!(await store.drafts.decide(draftId, { status: 'rejected', reviewerId: reviewer.id, comment }))) {
    throw new ReviewError(`this draft was already ${draft.status}`, 'already-decided');
  }
}
