import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { apiRoutes } from '../../src/server/routes/api/index.ts';
import { bundledApp } from '../helpers/app.ts';
import { memoryStore } from '../helpers/store.ts';

test('GET /api/openapi.json is a valid OpenAPI 3.1 document (checked by an independent validator)', async () => {
  const { get } = await bundledApp();
  const res = await get('/api/openapi.json', { host: 'atlas.example.org' });
  assert.equal(res.status, 200);
  const doc = await res.json();
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(doc.servers, [{ url: 'http://atlas.example.org' }]);
  const validator = new Validator();
  const result = await validator.validate(doc);
  assert.deepEqual(result.errors ?? [], []);
  assert.equal(result.valid, true);
  assert.equal(validator.version, '3.1');
  // Every reference names a component of its own (no shared bundles with nested fragments).
  const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(refs.length > 20);
  for (const r of new Set(refs)) {
    const name = /^#\/components\/schemas\/([A-Za-z]+)$/.exec(r)?.[1];
    assert.ok(name && name in doc.components.schemas, `unresolvable $ref ${r}`);
  }
});

test('every /api route is documented, and nothing undocumented is claimed', async () => {
  const store = await memoryStore();
  const routes = apiRoutes(store).routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} /api${r.path === '/' ? '' : r.path.replace(/:(\w+)/g, '{$1}')}`);
  const { get } = await bundledApp();
  const doc = await (await get('/api/openapi.json')).json();
  const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
  for (const route of routes) assert.ok(documented.includes(route), `${route} is not in the OpenAPI document`);
  const extra = documented.filter((d) => !routes.includes(d) && !['get /api/openapi.json', 'get /healthz'].includes(d));
  assert.deepEqual(extra, []);
});

test('the documented Policy schema accepts what GET /api/policies/{id} answers, and the list schema the list', async () => {
  const { get } = await bundledApp();
  const doc = await (await get('/api/openapi.json')).json();
  const schemas = doc.components.schemas;
  assert.equal(schemas.Policy.properties.analysis.properties.mrv.properties.score.maximum, 100);
  const record = await (await get('/api/policies/jp-ccs-business-act-2024')).json();
  for (const key of Object.keys(record)) assert.ok(key in schemas.Policy.properties, `Policy schema lacks ${key}`);
  const list = await (await get('/api/policies?pageSize=2')).json();
  for (const key of Object.keys(list)) assert.ok(key in schemas.PolicyList.properties, `PolicyList schema lacks ${key}`);
  assert.ok(doc.paths['/api/policies'].get.parameters.some((p: { name: string }) => p.name === 'country'));
});
