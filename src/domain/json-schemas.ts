import { z } from 'zod';
import { scenarioSchema } from '../schemes/scenario.ts';
import { countryProfileSchema } from './country-profile.ts';
import { sourceDocumentSchema } from './document.ts';
import { facilitySchema } from './facility.ts';
import { policySchema } from './policy.ts';

/** The JSON Schemas generated from the domain's zod schemas, by file name. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    'policy.schema.json': z.toJSONSchema(policySchema, { io: 'output', target: 'draft-2020-12' }),
    'facility.schema.json': z.toJSONSchema(facilitySchema, { io: 'output', target: 'draft-2020-12' }),
    'country-profile.schema.json': z.toJSONSchema(countryProfileSchema, { io: 'output', target: 'draft-2020-12' }),
    'document.schema.json': z.toJSONSchema(sourceDocumentSchema, { io: 'output', target: 'draft-2020-12' }),
    // What a scenario file for the simulator may hold (defaults filled in by the simulator, hence input).
    'scenario.schema.json': z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
