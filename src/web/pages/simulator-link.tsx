import type { Lang } from '../../domain/lang.ts';
import type { SchemeId } from '../../schemes/index.ts';
import { urls } from '../../server/urls.ts';
import type { Translate } from '../i18n/index.ts';

/** Policy records whose instrument the simulator models, and the schemes to run for them. */
const SIMULATED_POLICIES: Readonly<Record<string, readonly SchemeId[]>> = {
  'jp-ccs-cost-difference-support-2025': ['jp', 'uk-icc', 'nl-sde', 'de-ccfd'],
  'uk-icc-contract-2024': ['uk-icc', 'jp'],
  'nl-sde-plus-plus-ccs-2020': ['nl-sde', 'jp'],
  'dk-ccs-fund-2024': ['dk-ccs', 'jp'],
};

/** The simulator address for a policy record, or undefined when the simulator does not model it. */
export function simulatorHrefForPolicy(policyId: string, lang: Lang): string | undefined {
  const schemes = SIMULATED_POLICIES[policyId];
  return schemes ? urls.simulator(lang, new URLSearchParams({ schemes: schemes.join(',') })) : undefined;
}

/** A link from a policy page to the simulator, for the records whose scheme the simulator models. */
export function SimulatorLink({ policyId, lang, t }: { policyId: string; lang: Lang; t: Translate }) {
  const href = simulatorHrefForPolicy(policyId, lang);
  if (!href) return null;
  return (
    <p class="notice ok" data-related="simulator">
      <a href={href}>{t('sim.policyLink')}</a>
    </p>
  );
}
