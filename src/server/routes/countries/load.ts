import { type CapacityTotals, capacityTotals } from '../../../analysis/capacity.ts';
import { resolvePillars, type ResolvedPillar } from '../../../analysis/country-pillars.ts';
import {
  type GovernanceIndex,
  governanceIndex,
  governanceSensitivity,
} from '../../../analysis/governance.ts';
import { countryNames } from '../../../domain/countries.ts';
import type { CountryProfile } from '../../../domain/country-profile.ts';
import type { Facility } from '../../../domain/facility.ts';
import type { WorldRegion } from '../../../domain/facility-enums.ts';
import type { Lang } from '../../../domain/lang.ts';
import type { Policy } from '../../../domain/policy.ts';
import { defaultPolicyQuery } from '../../../domain/policy-query.ts';
import type { Store } from '../../../store/store.ts';
import { type FacilitySummary, presentFacilitySummary } from '../../presenters/facility.ts';
import { presentPolicySummary, type PolicySummary } from '../../presenters/policy.ts';

/** Every policy in the store (the bundled set is small; paging keeps memory bounded anyway). */
export async function allPolicies(store: Store): Promise<Policy[]> {
  const all: Policy[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await store.policies.list({
      ...defaultPolicyQuery(),
      sort: 'country',
      page,
      pageSize: 200,
    });
    all.push(...items.map((i) => i.policy));
    if (all.length >= total || items.length === 0) return all;
  }
}

/** The most common region among a country's facilities (the IEA's grouping), when the profile names none. */
function regionOf(
  profile: CountryProfile | undefined,
  facilities: readonly Facility[],
): WorldRegion | undefined {
  if (profile?.region) return profile.region;
  const counts = new Map<WorldRegion, number>();
  for (const f of facilities) if (f.region) counts.set(f.region, (counts.get(f.region) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** What every country face shows: the profile, its pillars, its governance index and its deployment. */
export interface CountrySnapshot {
  code: string;
  names: Record<Lang, string>;
  region?: WorldRegion;
  profile?: CountryProfile;
  pillars: ResolvedPillar[];
  governance: GovernanceIndex;
  sensitivity: { min: number; max: number };
  policies: Policy[];
  facilities: Facility[];
  totals: CapacityTotals;
}

export function countrySnapshot(
  code: string,
  profile: CountryProfile | undefined,
  policies: readonly Policy[],
  facilities: readonly Facility[],
): CountrySnapshot {
  const own = policies.filter((p) => p.country === code);
  const eu = policies.filter((p) => p.country === 'EU');
  const pillars = resolvePillars(code, profile, own, eu);
  const cited = pillars.filter((p) => p.citation).length;
  const mine = facilities.filter((f) => f.countries.includes(code));
  const sensitivity = governanceSensitivity(own, cited);
  return {
    code,
    names: countryNames(code),
    region: regionOf(profile, mine),
    profile,
    pillars,
    governance: governanceIndex(own, cited),
    sensitivity: { min: sensitivity.min, max: sensitivity.max },
    policies: own,
    facilities: mine,
    totals: capacityTotals(mine),
  };
}

/** The countries the hub knows about: those with a profile, a policy or a facility. */
export async function loadCountrySnapshots(
  store: Store,
  codes?: readonly string[],
): Promise<CountrySnapshot[]> {
  const [profiles, policies, facilities] = await Promise.all([
    store.countries.list(),
    allPolicies(store),
    store.facilities.matching({
      country: codes ? [...codes] : [],
      region: [],
      status: [],
      type: [],
      sector: [],
      fate: [],
      q: '',
    }),
  ]);
  const byCode = new Map(profiles.map((p) => [p.code, p]));
  const known = new Set<string>([
    ...profiles.map((p) => p.code),
    ...policies.map((p) => p.country),
    ...facilities.flatMap((f) => f.countries),
  ]);
  known.delete('EU');
  known.delete('INTL');
  const wanted = codes ? codes.filter((c) => known.has(c) || byCode.has(c)) : [...known].sort();
  return wanted.map((code) => countrySnapshot(code, byCode.get(code), policies, facilities));
}

export interface CountryListView {
  countries: CountrySnapshot[];
}

export async function loadCountryList(store: Store): Promise<CountryListView> {
  return { countries: await loadCountrySnapshots(store) };
}

export interface CountryPageView {
  snapshot: CountrySnapshot;
  policies: PolicySummary[];
  topFacilities: FacilitySummary[];
}

const FACILITIES_SHOWN = 10;

/** Everything `/countries/<code>` shows; undefined when the hub knows nothing about the country. */
export async function loadCountryPage(
  store: Store,
  code: string,
  lang: Lang,
): Promise<CountryPageView | undefined> {
  const [snapshot] = await loadCountrySnapshots(store, [code]);
  if (!snapshot || (snapshot.policies.length === 0 && snapshot.facilities.length === 0 && !snapshot.profile))
    return undefined;
  const top = [...snapshot.facilities]
    .map((f) => presentFacilitySummary(f, lang))
    .sort((a, b) => (b.capacityMt ?? -1) - (a.capacityMt ?? -1) || a.name.localeCompare(b.name))
    .slice(0, FACILITIES_SHOWN);
  return {
    snapshot,
    policies: snapshot.policies.map((p) => presentPolicySummary(p, lang)),
    topFacilities: top,
  };
}
