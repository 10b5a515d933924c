import { accountMessages } from './accounts.ts';
import { documentMessages } from './documents.ts';
import { facilityMessages } from './facilities.ts';
import type { FeatureMessages } from './messages.ts';
import { qualityMessages } from './quality.ts';
import { simulatorMessages } from './simulator.ts';

/**
 * Feature catalogs merged into the core one (en.ts, zh.ts, ja.ts). A feature adds its file here:
 * `import { documentMessages } from './documents.ts';` and an entry in FEATURE_MESSAGES.
 */
export const FEATURE_MESSAGES = [
  accountMessages,
  simulatorMessages,
  documentMessages,
  facilityMessages,
  qualityMessages,
] as const satisfies readonly FeatureMessages<string>[];

type KeysOf<T> = T extends FeatureMessages<infer K> ? K : never;
export type FeatureKey = KeysOf<(typeof FEATURE_MESSAGES)[number]>;
