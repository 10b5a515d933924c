import { z } from 'zod';
import { scenarioSchema } from '../schemes/scenario.ts';
import { policySchema } from './policy.ts';

/** The JSON Schemas generated from the domain's zod schemas, by file name. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    'policy.schema.json': z.toJSONSchema(policySchema, { io: 'output', target: 'draft-2020-12' }),
    // What a scenario file for the simulator may hold (defaults filled in by the simulator, hence input).
    'scenario.schema.json': z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
