import { join } from 'node:path';
import { jsonSchemas } from '../../domain/json-schemas.ts';
import type { Command } from '../command.ts';
import { writeFileAtomic } from '../write-file.ts';

export const schemasCommand: Command = {
  name: 'schemas',
  summary: 'Write the JSON Schema files generated from the domain model.',
  usage: 'ccus-atlas schemas [--out DIR]   (default: print the policy schema)',
  options: { out: { type: 'string', short: 'o' } },
  async run({ values }, io) {
    const schemas = jsonSchemas();
    if (!values.out) {
      io.out(JSON.stringify(schemas['policy.schema.json'], null, 2));
      return 0;
    }
    for (const [name, schema] of Object.entries(schemas)) {
      writeFileAtomic(join(String(values.out), name), `${JSON.stringify(schema, null, 2)}\n`);
      io.err(`wrote ${join(String(values.out), name)}`);
    }
    return 0;
  },
};
