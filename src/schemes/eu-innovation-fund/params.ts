/** Parameters of the EU Innovation Fund (foreign-schemes.md B.8). */
import { param } from '../param.ts';

export const euIfParams = Object.freeze({
  grantShare: param(0.6, 'v', 'CINEA "what can be funded": grant up to 60 % of relevant costs'),
  relevantOpexYears: param(10, 'k', 'operating years counted in relevant costs (modelling assumption)', 'years'),
  milestoneShare: param(0.6, 'k', 'share of the grant paid at construction milestones; the rest follows verified avoidance'),
  performanceYears: param(10, 'k', 'performance window for the avoidance-linked part', 'years'),
});
