import { countryName } from '../../domain/countries.ts';
import { LANGS } from '../../domain/lang.ts';
import type { AuditCheck, Finding } from './finding.ts';

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

/**
 * One thing under two names or two ids: a country spelled two ways in the inputs ("Korea" and
 * "South Korea"), two policies with the same title, two facilities with the same name in the same
 * country.
 */
export const duplicateEntities: AuditCheck = {
  id: 'duplicate-entities',
  description: 'A country spelled two ways in one dataset, policies sharing a title, facilities sharing a name in one country.',
  run(context) {
    const findings: Finding[] = [];
    const spellings = new Map<string, Map<string, (typeof context.countrySpellings)[number]>>();
    for (const s of context.countrySpellings) {
      const byFold = spellings.get(s.code) ?? new Map();
      if (!byFold.has(fold(s.spelling))) byFold.set(fold(s.spelling), s);
      spellings.set(s.code, byFold);
    }
    for (const [code, byFold] of spellings) {
      if (byFold.size < 2) continue;
      const names = [...byFold.values()];
      for (const s of names.slice(1)) {
        findings.push({
          check: this.id, severity: 'warning', entityType: s.entityType, entityId: s.entityId, field: 'country',
          message: `"${s.spelling}" and "${names[0]!.spelling}" are two names for one country (${code}, ${countryName(code, 'en')})`,
          fix: `write the country as the code ${code} everywhere`,
        });
      }
    }
    for (const lang of LANGS) {
      const byTitle = new Map<string, string>();
      for (const p of context.policies) {
        const title = p.title[lang];
        if (!title) continue;
        const key = `${p.country}|${fold(title)}`;
        const first = byTitle.get(key);
        if (first && first !== p.id) {
          findings.push({
            check: this.id, severity: 'warning', entityType: 'policy', entityId: p.id, field: `title.${lang}`,
            message: `has the same title as "${first}": "${title}"`,
            fix: `merge the two records, or make the titles say how they differ (year, stage, instrument)`,
          });
        } else byTitle.set(key, p.id);
      }
    }
    const byName = new Map<string, string>();
    for (const f of context.facilities) {
      const name = f.name.en ?? f.name.zh ?? f.name.ja;
      if (!name) continue;
      const key = `${[...f.countries].sort().join(',')}|${fold(name)}|${f.phase ?? ''}`;
      const first = byName.get(key);
      if (first) {
        findings.push({
          check: this.id, severity: 'warning', entityType: 'facility', entityId: f.id, field: 'name',
          message: `has the same name, countries and phase as "${first}": "${name}"`,
          fix: 'merge the two facilities, or name what distinguishes them (phase, site, partner)',
        });
      } else byName.set(key, f.id);
    }
    return findings;
  },
};
