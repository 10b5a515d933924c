import { qualityGrade, recordFindings } from '../../analysis/audits/index.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Policy } from '../../domain/policy.ts';
import { urls } from '../../server/urls.ts';
import type { Translate } from '../i18n/index.ts';

/**
 * The quality of one policy record from the checks that need only the record (placeholder evidence,
 * citations, languages): a grade, and the findings on opening it. Links need the whole dataset and
 * are on the quality page.
 */
export function QualityBadge({ policy, lang, t }: { policy: Policy; lang: Lang; t: Translate }) {
  const findings = recordFindings(policy).filter((f) => f.severity !== 'info');
  const grade = qualityGrade(findings);
  return (
    <details class={`quality-badge grade-${grade}`} data-grade={grade} data-findings={findings.length}>
      <summary>
        <span class={`badge grade-${grade}`}>
          {t('quality.badge')}: {t(`quality.grade.${grade}`)}
          {findings.length > 0 && <> · {t('quality.badge.count', { n: findings.length })}</>}
        </span>
      </summary>
      {findings.length === 0 ? (
        <p class="cite">{t('quality.badge.none')}</p>
      ) : (
        <ul class="findings">
          {findings.map((f) => (
            <li data-severity={f.severity} data-field={f.field}>
              <strong>{t(`quality.severity.${f.severity}`)}</strong> · {t(`quality.check.${f.check as 'placeholder-evidence'}`)} · <code>{f.field}</code>:{' '}
              <span lang="en">{f.message}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="cite">
        <a href={urls.quality(lang)}>{t('quality.badge.more')}</a>
      </p>
    </details>
  );
}
