import { LANGS, type Lang } from '../../domain/lang.ts';
import { ANALYSIS_DIMENSIONS, type Policy } from '../../domain/policy.ts';
import type { AuditCheck, Finding } from './finding.ts';

/**
 * Phrases that stand in for an assessment rather than make one: migration and batch stamps, "initial
 * assessment" labels, placeholders in any language. Matched case-insensitively anywhere in a text.
 */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /baseline strategic alignment/i,
  /\binitial assessment\b/i,
  /\bbatch \d+\b[^.]*\bupdate\b/i,
  /\bv\d+(?:\.\d+)* migration\b/i,
  /\bplaceholder\b/i,
  /lorem ipsum/i,
  /\bto be (?:determined|confirmed|added|completed)\b/i,
  /^\s*(?:tbd|tbc|n\/a|todo|pending|none|unknown|not specified|undefined)\s*\.?\s*$/i,
  /待补充|待定|待完善|暂无|初步评估|基线战略/,
  /未記入|暫定評価|初期評価/,
];

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(/[\s.。．!！?？]+$/u, '').trim();

/** Sentences of a text, folded for comparison; short fragments are ignored. */
function sentences(text: string, lang: Lang): string[] {
  const min = lang === 'en' ? 40 : 15;
  return text
    .split(/(?<=[.!?。！？])\s*/u)
    .map(fold)
    .filter((s) => s.length >= min);
}

function boilerplateIn(text: string): string | undefined {
  for (const pattern of BOILERPLATE_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return m[0].trim();
  }
  return undefined;
}

/** Findings of one policy record (also used for the per-record quality badge). */
export function placeholderFindings(p: Policy, check = 'placeholder-evidence'): Finding[] {
  const findings: Finding[] = [];
  const add = (severity: Finding['severity'], field: string, message: string, fix: string) =>
    findings.push({ check, severity, entityType: 'policy', entityId: p.id, field, message, fix });
  for (const d of ANALYSIS_DIMENSIONS) {
    const dim = p.analysis[d];
    if (!dim) continue;
    for (const part of ['evidence', 'label', 'auditNote'] as const) {
      for (const lang of LANGS) {
        const text = dim[part]?.[lang];
        const phrase = text && boilerplateIn(text);
        if (phrase) {
          add('error', `analysis.${d}.${part}.${lang}`, `boilerplate "${phrase}" instead of an assessment`, `write what the source says for the ${d} dimension, or remove the score until it is assessed`);
        }
      }
    }
    if (!dim.evidence || Object.keys(dim.evidence).length === 0) {
      add('warning', `analysis.${d}.evidence`, `the ${d} score (${dim.score}) has no evidence`, `add the evidence behind the ${d} score, with a citation`);
    }
  }
  for (const lang of LANGS) {
    const seenWhole = new Map<string, string>();
    const seenSentence = new Map<string, string>();
    for (const d of ANALYSIS_DIMENSIONS) {
      const text = p.analysis[d]?.evidence?.[lang];
      if (!text) continue;
      const whole = fold(text);
      const first = seenWhole.get(whole);
      if (first) {
        add('error', `analysis.${d}.evidence.${lang}`, `the same evidence as analysis.${first}`, `write evidence specific to the ${d} dimension`);
        continue;
      }
      seenWhole.set(whole, d);
      const repeated = sentences(text, lang).map((s) => [s, seenSentence.get(s)] as const).find(([, other]) => other && other !== d);
      if (repeated) {
        add('warning', `analysis.${d}.evidence.${lang}`, `repeats a sentence of analysis.${repeated[1]}: "${repeated[0].slice(0, 80)}"`, `say what is specific to the ${d} dimension instead of repeating another dimension`);
      }
      for (const s of sentences(text, lang)) if (!seenSentence.has(s)) seenSentence.set(s, d);
    }
  }
  return findings;
}

/**
 * Evidence that is not evidence: the same text in several dimensions of a record, boilerplate such
 * as "Baseline strategic alignment" or "Initial Assessment", and scores with no evidence at all.
 */
export const placeholderEvidence: AuditCheck = {
  id: 'placeholder-evidence',
  description: 'Boilerplate phrases, evidence repeated across dimensions, and scores without evidence.',
  run(context) {
    return context.policies.flatMap((p) => placeholderFindings(p, this.id));
  },
};
