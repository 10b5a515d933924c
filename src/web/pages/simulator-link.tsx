import type { Lang } from '../../domain/lang.ts';
import { urls } from '../../server/urls.ts';
import type { Translate } from '../i18n/index.ts';

const POWER_PLANT = {
  'project.sector': 'power',
  'project.power.capacityKw': '500000',
  'project.power.capacityFactor': '0.7',
  'project.power.fuel': 'lng',
};

/** Policy records whose instrument the simulator models, and the query that runs it. */
const SIMULATED_POLICIES: Readonly<Record<string, Readonly<Record<string, string>> & { schemes: string }>> = {
  'jp-ccs-cost-difference-support-2025': { schemes: 'jp,uk-icc,nl-sde,de-ccfd' },
  'jp-ltda-ccs-2025': { schemes: 'jp-ldpa,jp', ...POWER_PLANT },
  'uk-icc-contract-2024': { schemes: 'uk-icc,jp' },
  'nl-sde-plus-plus-ccs-2020': { schemes: 'nl-sde,jp' },
  'nl-porthos-sde-award-2021': { schemes: 'nl-sde,jp' },
  'dk-ccs-fund-2024': { schemes: 'dk-ccs,jp' },
  'de-klimaschutzvertraege-2024': { schemes: 'de-ccfd,jp' },
  'us-45q-ira-2022': { schemes: 'us-45q,jp' },
  'us-45q-obbba-2025': { schemes: 'us-45q,jp' },
  'no-longship-2020': { schemes: 'no-longship,jp' },
  'eu-innovation-fund-2020': { schemes: 'eu-if,jp' },
};

/** The simulator address for a policy record, or undefined when the simulator does not model it. */
export function simulatorHrefForPolicy(policyId: string, lang: Lang): string | undefined {
  const query = SIMULATED_POLICIES[policyId];
  return query ? urls.simulator(lang, new URLSearchParams(query)) : undefined;
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
