import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { browserClient } from '../helpers/client.ts';
import { addPeople } from '../helpers/users.ts';

const ID = 'jp-ccs-cost-difference-support-2025';

for (const backend of BACKENDS) {
  describe(`editing, review and history over HTTP (${backend.name})`, { skip: backend.skip }, () => {
    const opened: { dispose(): Promise<void> }[] = [];
    after(() => Promise.all(opened.map((s) => s.dispose())));
    const setup = async () => {
      const store = await backend.open({ bundle: true });
      opened.push(store);
      await addPeople(store);
      const app = createApp(store);
      return { store, app, carla: browserClient(app), rui: browserClient(app) };
    };

    test('anonymous visitors are sent to sign in, and wrong passwords are refused', async () => {
      const { carla } = await setup();
      const res = await carla.get(`/en/policies/${ID}/edit`);
      assert.equal(res.status, 303);
      assert.equal(
        res.headers.get('location'),
        `/en/signin?next=${encodeURIComponent(`/en/policies/${ID}/edit`)}`,
      );
      const wrong = await carla.post('/en/signin', {
        email: 'carla@example.org',
        password: 'not the password',
      });
      assert.equal(wrong.status, 401);
      assert.match(await wrong.text(), /E-mail or password is not right/);
      const ok = await carla.post('/ja/signin', {
        email: 'carla@example.org',
        password: 'contributor secret 1',
        next: `/ja/policies/${ID}`,
      });
      assert.equal(ok.status, 303);
      assert.equal(ok.headers.get('location'), `/ja/policies/${ID}`);
      const cookie = ok.headers.getSetCookie().find((c) => c.startsWith('atlas_session='))!;
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.match(await (await carla.get(`/ja/policies/${ID}`)).text(), /変更を提案/);
    });

    test('forms without the CSRF token or from another site are refused', async () => {
      const { carla } = await setup();
      assert.equal(
        (
          await carla.post(
            '/en/signin',
            { email: 'carla@example.org', password: 'contributor secret 1' },
            { csrf: 'forged' },
          )
        ).status,
        403,
      );
      assert.equal(
        (
          await carla.post(
            '/en/signin',
            { email: 'carla@example.org', password: 'contributor secret 1' },
            { origin: 'https://evil.example' },
          )
        ).status,
        403,
      );
    });

    test('validation errors sit next to the field and nothing is saved', async () => {
      const { carla, store } = await setup();
      await carla.signIn('carla@example.org', 'contributor secret 1');
      const form = await (await carla.get(`/en/policies/${ID}/edit`)).text();
      assert.match(form, /name="analysis.mrv.score"/);
      const res = await carla.post(`/en/policies/${ID}/edit`, {
        ...formValues(form),
        'analysis.mrv.score': '150',
        pubDate: '2025-13-40',
        _reason: 'try',
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /data-field="analysis.mrv.score">[\s\S]*?score must be between 0 and 100/);
      assert.match(html, /data-field="pubDate">[\s\S]*?is not a real calendar date/);
      assert.equal((await store.drafts.list()).length, 0);
    });

    test('a contributor proposes, a reviewer approves, and the history shows who, when, why and what', async () => {
      const { carla, rui, store } = await setup();
      await carla.signIn('carla@example.org', 'contributor secret 1');
      const form = formValues(await (await carla.get(`/en/policies/${ID}/edit`)).text());
      const proposed = await carla.post(`/en/policies/${ID}/edit`, {
        ...form,
        'analysis.statutory.score': '40',
        'analysis.statutory.evidence.en': `${form['analysis.statutory.evidence.en']} Updated after the 2026 bill.`,
        _reason: 'the bill was submitted',
      });
      assert.equal(proposed.status, 303);
      const draftUrl = proposed.headers.get('location')!;
      assert.equal(
        (await store.policies.get(ID))?.policy.analysis.statutory?.score,
        35,
        'nothing is published before review',
      );

      assert.equal((await carla.get('/en/review')).status, 403, 'contributors do not see the queue');
      const own = await (await carla.get(draftUrl)).text();
      assert.doesNotMatch(own, /Approve and publish/);

      await rui.signIn('rui@example.org', 'reviewer secret 22');
      assert.match(await (await rui.get('/en/review')).text(), /the bill was submitted/);
      const draftPage = await (await rui.get(draftUrl)).text();
      assert.match(
        draftPage,
        /data-path="analysis.statutory.score"[\s\S]*?<del>35<\/del>[\s\S]*?<ins>40<\/ins>/,
      );
      assert.match(draftPage, /<ins>[^<]*Updated after the 2026 bill\.<\/ins>/);
      const approved = await rui.post(`${draftUrl}/approve`, { comment: 'matches the cabinet record' });
      assert.equal(approved.status, 303);

      const published = (await store.policies.get(ID))!.policy;
      assert.equal(published.analysis.statutory?.score, 40);
      assert.equal(published.reviewStatus, 'verified');
      assert.deepEqual([published.provenance.author, published.provenance.reviewer], ['Carla', 'Rui']);
      const history = await (await rui.get(`/en/policies/${ID}/history`)).text();
      assert.match(history, /Version 2 · Changed/);
      assert.match(
        history,
        /Carla, \d{4}-\d{2}-\d{2} \d{2}:\d{2} — the bill was submitted \(approved by Rui: matches the cabinet record\)/,
      );
    });

    test('a second edit based on an old version is shown as a conflict, not applied', async () => {
      const { carla, rui, store } = await setup();
      await carla.signIn('carla@example.org', 'contributor secret 1');
      await rui.signIn('rui@example.org', 'reviewer secret 22');
      const stale = formValues(await (await carla.get(`/en/policies/${ID}/edit`)).text());
      const first = await rui.post(`/en/policies/${ID}/edit`, { ...stale, year: '2026', _reason: 'first' });
      const draftId = first.headers.get('location')!.split('/').pop()!;
      await store.drafts.decide(draftId, {
        status: 'rejected',
        reviewerId: (await store.users.list())[0]!.id,
        comment: '',
      });
      await store.policies.save(
        { ...(await store.policies.get(ID))!.policy, year: 2026 },
        { author: 'someone', reason: 'meanwhile' },
      );
      const res = await carla.post(`/en/policies/${ID}/edit`, {
        ...stale,
        'title.en': 'A changed title',
        _reason: 'late',
      });
      assert.equal(res.status, 409);
      assert.match(await res.text(), /you edited version 1; it is now at version 2/);
    });

    test('restoring an old version goes through review as a new revision', async () => {
      const { carla, rui, store } = await setup();
      await store.policies.save(
        { ...(await store.policies.get(ID))!.policy, year: 2030 },
        { author: 'x', reason: 'bad edit' },
      );
      await carla.signIn('carla@example.org', 'contributor secret 1');
      const res = await carla.post(`/en/policies/${ID}/history/1/restore`, {});
      assert.equal(res.status, 303);
      await rui.signIn('rui@example.org', 'reviewer secret 22');
      assert.equal((await rui.post(`${res.headers.get('location')}/approve`, { comment: '' })).status, 303);
      assert.equal((await store.policies.get(ID))?.policy.year, 2025);
      assert.deepEqual(
        (await store.policies.history(ID)).map((r) => r.version),
        [3, 2, 1],
      );
    });

    test('API tokens: created once, write-scoped to propose, revocable', async () => {
      const { carla, app, store } = await setup();
      await carla.signIn('carla@example.org', 'contributor secret 1');
      const page = await (
        await carla.post('/en/account/tokens', { name: 'sync script', scope: 'write' })
      ).text();
      const token = /data-new-token[^>]*>([^<]+)</.exec(page)![1]!;
      assert.match(token, /^atlas_/);
      const stored = await store.db.selectFrom('api_tokens').select('token_hash').executeTakeFirstOrThrow();
      assert.notEqual(stored.token_hash, token, 'only a hash is stored');

      const record = (await store.policies.get(ID))!.policy;
      const put = (auth: string, body: unknown) =>
        app.request(`/api/policies/${ID}`, {
          method: 'PUT',
          body: JSON.stringify(body),
          headers: { authorization: auth, 'content-type': 'application/json' },
        });
      const accepted = await put(`Bearer ${token}`, {
        record: { ...record, year: 2026 },
        baseVersion: 1,
        reason: 'script update',
      });
      assert.equal(accepted.status, 202);
      assert.equal(((await accepted.json()) as { status: string }).status, 'pending');
      const invalid = await put(`Bearer ${token}`, {
        record: { ...record, status: 'Actve' },
        baseVersion: 1,
        reason: 'x',
      });
      assert.equal(invalid.status, 400);
      assert.deepEqual(((await invalid.json()) as { error: { problems: string[] } }).error.problems, [
        'record.status: unknown status "Actve"; did you mean "Active"?',
      ]);
      assert.equal((await put(`Bearer ${token}`, { record, baseVersion: 0, reason: 'stale' })).status, 409);
      assert.equal((await put('Bearer atlas_wrong', { record, baseVersion: 1, reason: 'x' })).status, 401);

      const tokenId = /data-token-id="([^"]+)"/.exec(page)![1]!;
      assert.equal((await carla.post(`/en/account/tokens/${tokenId}/revoke`, {})).status, 303);
      assert.equal((await put(`Bearer ${token}`, { record, baseVersion: 1, reason: 'x' })).status, 401);
    });
  });
}

/** The values a browser would submit for the form in `html` (text inputs, textareas, selected options, checked boxes). */
function formValues(html: string): Record<string, string | string[]> {
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const values: Record<string, string | string[]> = {};
  for (const m of html.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1]!;
    const name = /name="([^"]+)"/.exec(attrs)?.[1];
    if (!name || name === '_csrf') continue;
    const value = decode(/value="([^"]*)"/.exec(attrs)?.[1] ?? '');
    if (/type="checkbox"/.test(attrs)) {
      if (/checked/.test(attrs)) values[name] = [...[values[name] ?? []].flat(), value];
    } else values[name] = value;
  }
  for (const m of html.matchAll(/<textarea([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = /name="([^"]+)"/.exec(m[1]!)?.[1];
    if (name) values[name] = decode(m[2]!);
  }
  for (const m of html.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    values[m[1]!] = decode(/<option value="([^"]*)" selected/.exec(m[2]!)?.[1] ?? '');
  }
  return values;
}
