import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';
import { browserClient } from '../helpers/client.ts';
import { addPeople } from '../helpers/users.ts';
import { memoryStore } from '../helpers/store.ts';

/** The values a browser would submit for the first form in `html`. */
function formValues(html: string): Record<string, string | string[]> {
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const values: Record<string, string | string[]> = {};
  const form = /<form method="post" action="[^"]*\/edit"[\s\S]*?<\/form>/.exec(html)![0];
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]+)"/.exec(m[1]!)?.[1];
    if (!name || name === '_csrf') continue;
    const value = decode(/value="([^"]*)"/.exec(m[1]!)?.[1] ?? '');
    if (/type="checkbox"/.test(m[1]!)) {
      if (/checked/.test(m[1]!)) values[name] = [...[values[name] ?? []].flat(), value];
    } else values[name] = value;
  }
  for (const m of form.matchAll(/<textarea([^>]*)>([\s\S]*?)<\/textarea>/g))
    values[/name="([^"]+)"/.exec(m[1]!)![1]!] = decode(m[2]!);
  for (const m of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    values[m[1]!] = decode(/<option value="([^"]*)" selected/.exec(m[2]!)?.[1] ?? '');
  }
  return values;
}

describe('editing facilities, country profiles and document metadata through review', () => {
  const stores: Store[] = [];
  after(() => Promise.all(stores.map((s) => s.close())));
  const setup = async () => {
    const store = await memoryStore({ bundle: true });
    stores.push(store);
    await addPeople(store);
    const app = createApp(store);
    const carla = browserClient(app);
    const rui = browserClient(app);
    await carla.signIn('carla@example.org', 'contributor secret 1');
    await rui.signIn('rui@example.org', 'reviewer secret 22');
    return { store, carla, rui };
  };

  test('a facility: errors next to the field, then a reviewed change is published and stamped', async () => {
    const { store, carla, rui } = await setup();
    assert.match(
      await (await carla.get('/en/facilities/iea-295')).text(),
      /href="\/en\/facilities\/iea-295\/edit"/,
    );
    const form = formValues(await (await carla.get('/en/facilities/iea-295/edit')).text());
    assert.equal(form['name.en'], 'Northern Lights Phase 1');
    const bad = await carla.post('/en/facilities/iea-295/edit', {
      ...form,
      'location.lat': '200',
      policyLinks: '- [unclosed',
      _reason: 'x',
    });
    assert.equal(bad.status, 400);
    const html = await bad.text();
    assert.match(html, /data-field="location.lat">[\s\S]*?<p class="field-error" role="alert">[^<]*90/);
    assert.match(html, /data-field="policyLinks">[\s\S]*?not valid YAML/);

    const ok = await carla.post('/en/facilities/iea-295/edit', {
      ...form,
      operator: 'Northern Lights JV',
      _reason: 'operator named in the 2024 report',
    });
    assert.equal(ok.status, 303);
    const draftUrl = ok.headers.get('location')!;
    assert.equal(
      (await store.facilities.get('iea-295'))?.facility.operator,
      undefined,
      'nothing published before review',
    );
    assert.match(await (await rui.get('/en/review')).text(), /Northern Lights Phase 1 \(facility\)/);
    const approved = await rui.post(`${draftUrl}/approve`, { comment: 'checked' });
    assert.equal(approved.status, 303);
    assert.equal(approved.headers.get('location'), '/en/facilities/iea-295');
    const facility = (await store.facilities.get('iea-295'))!.facility;
    assert.equal(facility.operator, 'Northern Lights JV');
    assert.equal(facility.reviewStatus, 'verified');
    assert.deepEqual([facility.provenance.author, facility.provenance.reviewer], ['Carla', 'Rui']);
  });

  test('a country profile and a document’s metadata go through the same review', async () => {
    const { store, carla, rui } = await setup();
    const country = formValues(await (await carla.get('/ja/countries/JP/edit')).text());
    const proposed = await carla.post('/ja/countries/JP/edit', {
      ...country,
      'summary.en': 'Japan: CCS Business Act 2024 and cost-difference support.',
      _reason: 'summary',
    });
    assert.equal(proposed.status, 303);
    assert.equal(
      (await rui.post(`${proposed.headers.get('location')}/approve`, { comment: '' })).status,
      303,
    );
    assert.equal(
      (await store.countries.get('JP'))?.summary?.en,
      'Japan: CCS Business Act 2024 and cost-difference support.',
    );

    const id = 'jp-meti-ccs-support-interim-2025';
    const before = (await store.documents.get(id))!.document;
    const doc = formValues(await (await carla.get(`/en/documents/${id}/edit`)).text());
    assert.equal(doc.country, 'JP');
    const docDraft = await carla.post(`/en/documents/${id}/edit`, {
      ...doc,
      licence: 'Government of Japan Standard Terms of Use 2.0',
      _reason: 'licence',
    });
    assert.equal(docDraft.status, 303);
    assert.equal(
      (await rui.post(`${docDraft.headers.get('location')}/approve`, { comment: '' })).status,
      303,
    );
    const after = (await store.documents.get(id))!.document;
    assert.equal(after.meta.licence, 'Government of Japan Standard Terms of Use 2.0');
    assert.deepEqual(after.passages, before.passages, 'the text and passages are untouched');
  });

  test('readers cannot open the editors', async () => {
    const store = await memoryStore({ bundle: true });
    stores.push(store);
    const anonymous = browserClient(createApp(store));
    assert.doesNotMatch(await (await anonymous.get('/en/facilities/iea-295')).text(), /\/edit"/);
    const res = await anonymous.get('/en/facilities/iea-295/edit');
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location')!, /\/en\/signin\?next=/);
  });
});
