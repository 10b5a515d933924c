import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { jsonSchemas } from '../../src/domain/json-schemas.ts';
import { ROOT } from '../helpers/paths.ts';

test('the committed JSON Schema files match the zod schemas (run `npm run schemas` after a model change)', () => {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const committed = JSON.parse(readFileSync(`${ROOT}schemas/${name}`, 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(schema)), `schemas/${name} is stale`);
  }
});

test('the policy JSON Schema enforces the canonical enumerations and score range', () => {
  const schema = jsonSchemas()['policy.schema.json'] as any;
  const policy = schema.$defs?.Policy ?? schema;
  assert.ok(policy.properties.status.enum.includes('Active'));
  assert.ok(!policy.properties.status.enum.includes('现行'), 'aliases are input conveniences, not stored values');
  assert.ok(policy.properties.country.enum.includes('INTL'));
  for (const field of ['id', 'country', 'status', 'category', 'title']) assert.ok(policy.required.includes(field), field);
  assert.deepEqual(
    [policy.properties.analysis.properties.mrv.properties.score.minimum, policy.properties.analysis.properties.mrv.properties.score.maximum],
    [0, 100],
  );
});
