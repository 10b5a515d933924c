/**
 * A feature's UI strings in all three languages. The English keys are the source; zh and ja must
 * define exactly the same keys (the compiler checks it, and so does test/web/i18n.test.ts).
 */
export interface FeatureMessages<K extends string> {
  en: Record<K, string>;
  zh: Record<NoInfer<K>, string>;
  ja: Record<NoInfer<K>, string>;
}

export function defineMessages<K extends string>(messages: FeatureMessages<K>): FeatureMessages<K> {
  return messages;
}
