/** Parameters of Japan's Long-term Decarbonisation Power Auction for CCS power plants (foreign-schemes.md B.11). */
import { param } from '../param.ts';

export const jpLdpaParams = Object.freeze({
  termYears: param(20, 'v', 'fepc.or.jp; shizenenergy.net: capacity payment for in principle 20 years', 'years'),
  ceilingCoalJpyPerKwYear: param(343000, 'v', 'ITmedia, Apr 2025 p.4: coal + CCS ceiling', 'JPY/kW/yr'),
  ceilingLngJpyPerKwYear: param(137000, 'v', 'ITmedia, Apr 2025 p.4: LNG + CCS ceiling', 'JPY/kW/yr'),
  variableCfCap: param(0.4, 'v', 'ITmedia: CCS variable cost counts up to a 40 % capacity factor'),
  otherMarketReturnShare: param(0.9, 'v', 'fepc.or.jp: about 90 % of other-market revenue is returned (not modelled: no power revenue in the project)'),
});
