import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** A small fixed dataset (the two seed policy records) for tests that count or list exact records. */
export const SEED_BUNDLE_DIR = fileURLToPath(new URL('../fixtures/bundle/', import.meta.url));
/** The shared folder beside the project (real seeds and fixtures); absent on a user's clone. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const hasShared = existsSync(SHARED);
export const SEED_000 = `${SHARED}seeds/000_ff927a362b99b299.txt`;
export const SKIP_SHARED = hasShared ? false : 'skipped: ../shared/ (real seeds and fixtures) is not present';
