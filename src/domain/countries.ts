import { z } from 'zod';
import type { Lang } from './lang.ts';
import { closest } from './suggest.ts';

/** ISO 3166-1 alpha-2 codes (officially assigned), plus EU and INTL for supranational and international records. */
const ISO_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

export const COUNTRY_CODES = [...ISO_CODES, 'EU', 'INTL'] as const;
export type CountryCode = string;

const SPECIAL: Record<string, Record<Lang, string>> = {
  EU: { en: 'European Union', zh: '欧盟', ja: '欧州連合' },
  INTL: { en: 'International', zh: '国际', ja: '国際' },
};

/** Common names that differ from the ICU display names (matched case-insensitively). */
const EXTRA_ALIASES: Record<string, readonly string[]> = {
  US: ['USA', 'United States of America', 'U.S.', 'America', '美国', 'アメリカ', '米国'],
  GB: ['UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'Scotland', '英国', 'イギリス'],
  KR: ['South Korea', 'Korea', 'Republic of Korea', '韩国', '韓国'],
  KP: ['North Korea'],
  CN: ['PRC', "People's Republic of China", '中国'],
  TW: ['Taiwan', 'Chinese Taipei', '台湾'],
  RU: ['Russian Federation'],
  VN: ['Viet Nam', 'Vietnam'],
  AE: ['UAE', 'U.A.E.', '阿联酋'],
  NL: ['Holland', 'The Netherlands'],
  CZ: ['Czech Republic'],
  TR: ['Turkey', 'Türkiye'],
  EU: ['EU', 'European Union', 'Europe', 'E.U.'],
  INTL: ['International', 'Global', 'Multilateral', 'World', '国际', '全球', '国際'],
};

const displayNames: Record<Lang, Intl.DisplayNames> = {
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }),
  zh: new Intl.DisplayNames(['zh-Hans'], { type: 'region', fallback: 'code' }),
  ja: new Intl.DisplayNames(['ja'], { type: 'region', fallback: 'code' }),
};

/** A code's name in a language; a string that is no region code (typed into a filter) comes back as it is. */
export function countryName(code: CountryCode, lang: Lang): string {
  const special = SPECIAL[code]?.[lang];
  if (special) return special;
  // Intl.DisplayNames throws on anything that is not a well-formed region subtag.
  return /^([A-Za-z]{2}|\d{3})$/.test(code) ? (displayNames[lang].of(code) ?? code) : code;
}

export function countryNames(code: CountryCode): Record<Lang, string> {
  return { zh: countryName(code, 'zh'), en: countryName(code, 'en'), ja: countryName(code, 'ja') };
}

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

let lookup: Map<string, string> | undefined;
function countryLookup(): Map<string, string> {
  if (lookup) return lookup;
  lookup = new Map();
  for (const code of COUNTRY_CODES) {
    lookup.set(fold(code), code);
    for (const lang of ['en', 'zh', 'ja'] as const) lookup.set(fold(countryName(code, lang)), code);
  }
  for (const [code, names] of Object.entries(EXTRA_ALIASES)) for (const n of names) lookup.set(fold(n), code);
  return lookup;
}

/** Resolves an ISO code, EU/INTL, or a country name in zh/en/ja to its code. */
export function resolveCountry(input: string): CountryCode | undefined {
  return countryLookup().get(fold(input));
}

export function isCountryCode(code: string): boolean {
  return (COUNTRY_CODES as readonly string[]).includes(code);
}

function unknownCountryMessage(input: unknown): string {
  if (typeof input !== 'string') return `country must be a text value, got ${JSON.stringify(input)}`;
  const names = [...countryLookup().keys()];
  const hint = closest(input, names);
  const code = hint ? countryLookup().get(hint) : undefined;
  return code
    ? `unknown country "${input}"; did you mean "${code}" (${countryName(code, 'en')})?`
    : `unknown country "${input}"; use an ISO 3166-1 alpha-2 code, EU or INTL`;
}

export const countryCodeStrict = z.enum(COUNTRY_CODES as unknown as [string, ...string[]]);

/** Accepts codes and names in any language; outputs the canonical code. */
export const countryCodeSchema = z
  .custom<string>((input) => typeof input === 'string' && resolveCountry(input) !== undefined, {
    error: (issue) => unknownCountryMessage(issue.input),
  })
  .transform((input) => resolveCountry(input)!)
  .pipe(countryCodeStrict);
