/** Parameters of the UK Industrial Carbon Capture contract (foreign-schemes.md B.1, B.2). */
import { param } from '../param.ts';

export const ukIccParams = Object.freeze({
  termYears: param(10, 'k', 'DESNZ ICC heads of terms: 10 years', 'years'),
  extensionYears: param(0, 'k', 'DESNZ heads of terms: an option to extend to about 15 years (off by default)', 'years'),
  strikeCpi: param(0.02, 'k', 'strike indexed to CPI in DESNZ term sheets; rate is a modelling assumption', '/yr'),
  twoWay: param(true, 'k', 'treatment when the reference exceeds the strike is contract-defined; modelled as repayment'),
  tsFeePassThrough: param(true, 'k', 'government-funded pass-through of the T&S fee (DESNZ ICC heads of terms)'),
  referenceMarket: param('uk-ets', 'v', 'Norton Rose Fulbright summary of the April 2024 DESNZ ICC update: UK ETS-linked reference'),
});
