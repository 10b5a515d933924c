/** Parameters of Norway's Longship state support (foreign-schemes.md B.5). */
import { param } from '../param.ts';

export const noLongshipParams = Object.freeze({
  stateShare: param(16.8 / 25.1, 'd', 'state NOK 16.8 bn of total NOK 25.1 bn (regjeringen.no)'),
  opexYears: param(10, 'v', 'regjeringen.no: 10 years of operation in the cost estimate', 'years'),
  includeTsFee: param(true, 'v', 'interim report Table 1: free T&S for capture operators for 10 years'),
});
