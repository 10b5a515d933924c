import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  countryListSchema,
  facilityListSchema,
  presentedCountrySchema,
  presentedFacilitySchema,
} from '../../src/server/openapi/facility-responses.ts';
import { bundledApp } from '../helpers/app.ts';

let get: Awaited<ReturnType<typeof bundledApp>>['get'];

before(async () => {
  ({ get } = await bundledApp());
});

const body = async (path: string, status = 200, headers: Record<string, string> = {}) => {
  const res = await get(path, headers);
  assert.equal(res.status, status, path);
  return res.json() as Promise<any>;
};

describe('/api facilities and countries', () => {
  test('/api/facilities answers the twin’s figures in the documented shape, paging within /api', async () => {
    const api = facilityListSchema.parse(await body('/api/facilities?country=NO&pageSize=2'));
    const twin = await body('/facilities.json?country=NO&pageSize=2');
    assert.deepEqual({ ...api, links: undefined }, { ...twin, links: undefined });
    assert.ok(api.total > 2);
    assert.equal(api.links.next, '/api/facilities?country=NO&pageSize=2&page=2');
    const second = facilityListSchema.parse(await body(api.links.next!));
    assert.equal(second.page, 2);
    assert.ok(second.items.every((f) => !api.items.some((g) => g.id === f.id)), 'page 2 holds other facilities');
  });

  test('filters take labels in any language; an unknown value is a JSON 400 naming the parameter', async () => {
    const operating = await body(`/api/facilities?status=${encodeURIComponent('稼働中')}&pageSize=200`);
    assert.ok(operating.total > 0 && operating.items.every((f: any) => f.status === 'operational'));
    const bad = await body('/api/facilities?status=dreaming', 400);
    assert.match(bad.error.problems.join(' '), /status/);
  });

  test('one facility in the documented shape, 404 for an unknown id, 304 for its ETag', async () => {
    const { items } = await body('/api/facilities?sort=name&pageSize=1');
    const id = items[0].id;
    const facility = presentedFacilitySchema.parse(await body(`/api/facilities/${id}`));
    assert.deepEqual(facility, await body(`/facilities/${id}.json`));
    assert.equal(facility.derived.capacityMt, items[0].capacityMt);
    assert.match((await body('/api/facilities/no-such-plant', 404)).error.message, /no-such-plant/);
    const etag = (await get(`/api/facilities/${id}`)).headers.get('etag')!;
    assert.equal((await get(`/api/facilities/${id}`, { 'if-none-match': etag })).status, 304);
  });

  test('countries in the documented shape; a country by code or by name in any language', async () => {
    const list = countryListSchema.parse(await body('/api/countries'));
    assert.ok(list.items.some((c) => c.code === 'JP'));
    const japan = presentedCountrySchema.parse(await body('/api/countries/JP'));
    assert.equal(japan.pillars.length > 0, true);
    assert.deepEqual(await body(`/api/countries/${encodeURIComponent('日本')}`), japan);
    assert.deepEqual(await body('/api/countries/Japan'), japan);
    assert.match((await body('/api/countries/Atlantis', 404)).error.message, /Atlantis/);
  });
});
