import type { Lang } from '../../domain/lang.ts';
import { en } from './en.ts';
import { FEATURE_MESSAGES, type FeatureKey } from './features.ts';
import { ja } from './ja.ts';
import { zh } from './zh.ts';

export type MessageKey = keyof typeof en | FeatureKey;

const merge = (core: Record<string, string>, lang: Lang): Record<MessageKey, string> =>
  Object.assign({}, core, ...(FEATURE_MESSAGES as readonly Record<Lang, Record<string, string>>[]).map((m) => m[lang]));

export const catalogs: Record<Lang, Record<MessageKey, string>> = { en: merge(en, 'en'), zh: merge(zh, 'zh'), ja: merge(ja, 'ja') };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator bound to one language; `{name}` placeholders are filled from `params`. */
export function translator(lang: Lang): Translate {
  const catalog = catalogs[lang];
  return (key, params) => {
    const text = catalog[key];
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
  };
}

/** Negotiates a UI language from an Accept-Language header (q-values honoured); English by default. */
export function negotiateLanguage(header: string | undefined): Lang {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1');
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (primary === 'zh' || primary === 'en' || primary === 'ja') return primary;
  }
  return 'en';
}
