import { z } from 'zod';
import { policySchema } from './policy.ts';

/** The JSON Schemas generated from the domain's zod schemas, by file name. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    'policy.schema.json': z.toJSONSchema(policySchema, { io: 'output', target: 'draft-2020-12' }),
  };
}
