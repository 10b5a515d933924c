import { LANGS, type Lang, type LocalizedText } from '../../domain/lang.ts';
import { POLICY_TEXT_PATHS } from '../../domain/policy-fields.ts';
import type { Policy } from '../../domain/policy.ts';
import { detectLanguage } from '../../domain/script.ts';
import { REGULATORY_PILLARS } from '../../domain/policy.ts';
import type { AuditCheck, AuditEntityType, Finding } from './finding.ts';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER = /[\p{L}]/gu;
const NAMES: Record<Lang, string> = { zh: 'Chinese', en: 'English', ja: 'Japanese' };

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/**
 * The language a text stored under `lang` is really in, when that is clearly another one; undefined
 * when it fits. English may quote a few CJK words (titles of laws) and Chinese or Japanese may quote
 * English names, so only text that is mostly in another script is flagged.
 */
export function misplacedLanguage(text: string, lang: Lang): Lang | undefined {
  const letters = count(text, LETTER);
  if (letters < 4) return undefined;
  const cjk = count(text, CJK);
  const detected = detectLanguage(text);
  if (lang === 'en') return cjk / letters > 0.4 ? detected : undefined;
  if (cjk === 0) return detected === 'en' && letters >= 12 ? 'en' : undefined;
  if (lang === 'zh' && count(text, KANA) >= 3 && count(text, KANA) / cjk > 0.1) return 'ja';
  return undefined;
}

/** Values at a dotted path with `*` for array indexes, each with its concrete path. */
function valuesAt(root: unknown, path: string): [string, unknown][] {
  let current: [string, unknown][] = [['', root]];
  for (const part of path.split('.')) {
    const next: [string, unknown][] = [];
    for (const [at, value] of current) {
      if (value === null || typeof value !== 'object') continue;
      if (part === '*' && Array.isArray(value)) value.forEach((v, i) => next.push([`${at}${at ? '.' : ''}${i}`, v]));
      else if (part in value) next.push([`${at}${at ? '.' : ''}${part}`, (value as Record<string, unknown>)[part]]);
    }
    current = next;
  }
  return current;
}

function textFindings(entityType: AuditEntityType, entityId: string, field: string, text: LocalizedText | undefined, check: string): Finding[] {
  const findings: Finding[] = [];
  for (const lang of LANGS) {
    const value = text?.[lang];
    if (!value) continue;
    const actual = misplacedLanguage(value, lang);
    if (actual && actual !== lang) {
      findings.push({
        check, severity: 'warning', entityType, entityId, field: `${field}.${lang}`,
        message: `${NAMES[actual]} text in the ${NAMES[lang]} field: "${value.slice(0, 60)}"`,
        fix: `move the text to ${field}.${actual} and write the ${NAMES[lang]} version`,
      });
    }
  }
  return findings;
}

/** Findings of one policy record (also used for the per-record quality badge). */
export function policyLanguageFindings(p: Policy, check = 'mixed-language'): Finding[] {
  return POLICY_TEXT_PATHS.flatMap((path) =>
    valuesAt(p, path).flatMap(([field, value]) => textFindings('policy', p.id, field, value as LocalizedText | undefined, check)),
  );
}

/** Text in the wrong language for its field: Chinese in an English field, Latin-only text in a zh/ja field, Japanese in a Chinese one. */
export const mixedLanguage: AuditCheck = {
  id: 'mixed-language',
  description: 'Text stored under the wrong language: Chinese in English fields, Latin-only text in Chinese or Japanese fields.',
  run(context) {
    return [
      ...context.policies.flatMap((p) => policyLanguageFindings(p, this.id)),
      ...context.facilities.flatMap((f) => [
        ...textFindings('facility', f.id, 'name', f.name, this.id),
        ...textFindings('facility', f.id, 'description', f.description, this.id),
      ]),
      ...context.countries.flatMap((c) => [
        ...textFindings('country', c.code, 'summary', c.summary, this.id),
        ...REGULATORY_PILLARS.flatMap((pillar) => textFindings('country', c.code, `pillars.${pillar}.text`, c.pillars[pillar]?.text, this.id)),
      ]),
    ];
  },
};
