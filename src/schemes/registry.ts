/**
 * Scheme ids and their modules. The order is the order of comparison tables.
 */
import { z } from 'zod';
import { deCcfdModule } from './de-ccfd/index.ts';
import { dkCcsModule } from './dk-ccs-fund/index.ts';
import { euIfModule } from './eu-innovation-fund/index.ts';
import { jpModule } from './jp-cfd/module.ts';
import { jpLdpaModule } from './jp-ldpa/index.ts';
import { nlSdeModule } from './nl-sde/index.ts';
import { noLongshipModule } from './no-longship/index.ts';
import type { SchemeModule } from './scheme.ts';
import { ukIccModule } from './uk-icc/index.ts';
import { us45qModule } from './us-45q/index.ts';

export const schemeIdSchema = z.enum(['jp', 'uk-icc', 'nl-sde', 'dk-ccs', 'de-ccfd', 'us-45q', 'no-longship', 'eu-if', 'jp-ldpa']);
export type SchemeId = z.infer<typeof schemeIdSchema>;

export const SCHEMES: Readonly<Record<SchemeId, SchemeModule>> = Object.freeze({
  jp: jpModule,
  'uk-icc': ukIccModule,
  'nl-sde': nlSdeModule,
  'dk-ccs': dkCcsModule,
  'de-ccfd': deCcfdModule,
  'us-45q': us45qModule,
  'no-longship': noLongshipModule,
  'eu-if': euIfModule,
  'jp-ldpa': jpLdpaModule,
});

export const SCHEME_IDS: readonly SchemeId[] = schemeIdSchema.options;

/** The module of a scheme id; throws on an unknown id. */
export function schemeModule(id: string): SchemeModule {
  const parsed = schemeIdSchema.safeParse(id);
  if (!parsed.success) throw new Error(`unknown scheme '${id}'; known: ${SCHEME_IDS.join(', ')}`);
  return SCHEMES[parsed.data];
}
