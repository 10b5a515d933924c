import type { Citation } from '../domain/citation.ts';
import { EU_MEMBERS } from '../domain/country-groups.ts';
import type { CountryProfile, RegulatoryPillar } from '../domain/country-profile.ts';
import type { LocalizedText } from '../domain/lang.ts';
import { REGULATORY_PILLARS } from '../domain/policy.ts';
import type { Policy } from '../domain/policy.ts';

/** Where a pillar's text comes from: the country profile, one of its policies, or an EU-level policy. */
export type PillarSource = 'profile' | 'policy' | 'eu-policy';

export interface ResolvedPillar {
  pillar: RegulatoryPillar;
  text: LocalizedText;
  source: PillarSource;
  /** The policy the text was taken from, when it comes from one. */
  policyId?: string;
  citation?: Citation;
}

const statusRank = (p: Policy) => (p.status === 'Active' ? 0 : 1);

/**
 * The seven regulatory pillars of a country: the profile's own cited text first, else the first
 * policy of the country that describes the pillar (in force first), else, for EU member states, an
 * EU-level policy, else the profile's uncited text (shown as such). A pillar with none of these is
 * absent, never filled with a guess.
 */
export function resolvePillars(
  code: string,
  profile: CountryProfile | undefined,
  policies: readonly Policy[],
  euPolicies: readonly Policy[],
): ResolvedPillar[] {
  const own = [...policies]
    .filter((p) => p.country === code)
    .sort((a, b) => statusRank(a) - statusRank(b) || a.id.localeCompare(b.id));
  const eu = EU_MEMBERS.has(code)
    ? [...euPolicies].sort((a, b) => statusRank(a) - statusRank(b) || a.id.localeCompare(b.id))
    : [];
  const resolved: ResolvedPillar[] = [];
  for (const pillar of REGULATORY_PILLARS) {
    const fromProfile = profile?.pillars[pillar];
    if (fromProfile?.citation) {
      resolved.push({ pillar, text: fromProfile.text, source: 'profile', citation: fromProfile.citation });
      continue;
    }
    const policy = own.find((p) => p.regulatory[pillar]) ?? eu.find((p) => p.regulatory[pillar]);
    if (!policy) {
      if (fromProfile) resolved.push({ pillar, text: fromProfile.text, source: 'profile' });
      continue;
    }
    resolved.push({
      pillar,
      text: policy.regulatory[pillar]!,
      source: policy.country === code ? 'policy' : 'eu-policy',
      policyId: policy.id,
      citation: {
        text: policy.title.en ?? policy.title.ja ?? policy.title.zh,
        ...(policy.url ? { url: policy.url } : {}),
      },
    });
  }
  return resolved;
}
