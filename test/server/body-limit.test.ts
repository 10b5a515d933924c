import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { limitBody } from '../../src/server/body-limit.ts';

const app = new Hono();
app.use(limitBody(1000));
app.post('/echo', async (c) => c.text(String((await c.req.text()).length)));

test('a body within the limit reaches the handler, declared or streamed', async () => {
  assert.equal(
    await (
      await app.request('/echo', {
        method: 'POST',
        body: 'x'.repeat(1000),
        headers: { 'content-length': '1000' },
      })
    ).text(),
    '1000',
  );
  const stream = new ReadableStream({
    start: (c) => (c.enqueue(new TextEncoder().encode('x'.repeat(900))), c.close()),
  });
  assert.equal(
    await (
      await app.request('/echo', { method: 'POST', body: stream, duplex: 'half' } as RequestInit)
    ).text(),
    '900',
  );
});

test('a larger body is refused with 413, whether its length is declared or not', async () => {
  assert.equal(
    (
      await app.request('/echo', {
        method: 'POST',
        body: 'x'.repeat(1001),
        headers: { 'content-length': '1001' },
      })
    ).status,
    413,
  );
  assert.equal(
    (await app.request('/echo', { method: 'POST', body: 'x', headers: { 'content-length': 'lots' } })).status,
    413,
  );
  let pulled = 0;
  const endless = new ReadableStream({ pull: (c) => void (pulled++, c.enqueue(new Uint8Array(400))) });
  assert.equal(
    (await app.request('/echo', { method: 'POST', body: endless, duplex: 'half' } as RequestInit)).status,
    413,
  );
  assert.ok(pulled < 10, 'stops reading soon after the limit');
});
