/**
 * Parameters of the Japanese cost-difference scheme when a generic project is run through it. Rules stated
 * in the interim report are tagged `v`; defaults the report leaves open are the specification's proposals
 * (spec §B2) and tagged `k`.
 */
import { param } from '../param.ts';

const R = 'METI/ANRE CCS support WG interim report (draft, 2025-06-11)';

export const jpParams = Object.freeze({
  supportYears: param(15, 'k', 'spec §B2 #1: proposed default; the report says only "mid-to-long term"', 'years'),
  referenceLagYears: param(1, 'v', `${R} §4-1 (3): with capture-opex indexation the reference is the previous year's price`, 'years'),
  clawback: param(true, 'k', `spec §B2 #6: symmetric clawback; ${R} §4-1 (3) words it as conditional`),
  ltdaCfThreshold: param(0.4, 'v', `${R} §4-8: the power auction covers variable costs up to a 40 % capacity factor`),
  directTsShare: param(0, 'k', 'spec §B2 #7: direct routing of the T&S fee is under consideration'),
});
