import type { Citation } from '../domain/citation.ts';
import type { Facility } from '../domain/facility.ts';
import type { FacilitySector } from '../domain/facility-enums.ts';
import type { LocalizedText } from '../domain/lang.ts';
import type { Policy } from '../domain/policy.ts';

/**
 * How a policy is linked to a facility, strongest first:
 * - `evidence`: the policy names the facility (its `relatedFacilities`) or the facility record cites the policy;
 * - `sector-match`: same country, and the policy covers the facility's sector;
 * - `same-country`: same country only: the policy may apply, nothing shows that it does.
 */
export type FacilityPolicyLinkType = 'evidence' | 'sector-match' | 'same-country';
export type LinkConfidence = 'high' | 'medium' | 'low';

export interface FacilityPolicyLink {
  policyId: string;
  type: FacilityPolicyLinkType;
  confidence: LinkConfidence;
  evidence?: Citation;
  /** What the evidence shows, per language, when the facility record says it. */
  note?: LocalizedText;
}

/** Policy sectors that cover each facility sector. */
const SECTOR_MATCH: Record<FacilitySector, readonly string[]> = {
  power_heat: ['power'],
  hydrogen_ammonia: ['hydrogen'],
  biofuels: ['bioenergy'],
  other_fuel_transformation: ['refining'],
  dac: ['dac'],
  cement: ['cement'],
  natural_gas: ['natural_gas'],
  chemicals: ['chemicals'],
  steel: ['steel'],
  other_industry: ['industry'],
  transport_storage: ['transport_storage'],
};

const CONFIDENCE: Record<FacilityPolicyLinkType, LinkConfidence> = {
  evidence: 'high',
  'sector-match': 'medium',
  'same-country': 'low',
};
const RANK: Record<FacilityPolicyLinkType, number> = { evidence: 0, 'sector-match': 1, 'same-country': 2 };

/**
 * The policies linked to a facility, each with the strongest link type that holds, its confidence and
 * the evidence when there is some. A policy is never called "evidence" for sharing a country.
 */
export function facilityPolicyLinks(facility: Facility, policies: readonly Policy[]): FacilityPolicyLink[] {
  const links: FacilityPolicyLink[] = [];
  for (const p of policies) {
    const cited = facility.policyLinks.find((l) => l.policyId === p.id);
    const named =
      p.relatedFacilities.includes(facility.id) ||
      (facility.source ? p.relatedFacilities.includes(facility.source.recordId) : false);
    let type: FacilityPolicyLinkType | undefined;
    if (cited || named) type = 'evidence';
    else if (facility.countries.includes(p.country)) {
      const sectors = facility.sector ? SECTOR_MATCH[facility.sector] : [];
      type = p.sectors.some((s) => sectors.includes(s)) ? 'sector-match' : 'same-country';
    }
    if (!type) continue;
    links.push({
      policyId: p.id,
      type,
      confidence: CONFIDENCE[type],
      ...(cited?.evidence ? { evidence: cited.evidence } : {}),
      ...(cited?.note ? { note: cited.note } : {}),
    });
  }
  return links.sort((a, b) => RANK[a.type] - RANK[b.type] || a.policyId.localeCompare(b.policyId));
}
