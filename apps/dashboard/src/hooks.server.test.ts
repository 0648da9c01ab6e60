import { describe, expect, it } from 'vitest';
import { handle } from './hooks.server.js';

type Resolve = Parameters<typeof handle>[0]['resolve'];

// No session cookie: the hook looks the user up and finds none.
const event = (path: string) =>
  ({
    url: new URL(path, 'http://localhost'),
    cookies: { get: () => undefined },
    locals: {},
  }) as never;

describe('handle', () => {
  it('adds nosniff, DENY, the referrer policy and a no-load CSP to an API answer', async () => {
    const response = await handle({
      event: event('/api/health'),
      resolve: (() => Promise.resolve(Response.json({ ok: true }))) as Resolve,
    });
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
  });

  it("keeps a page's own policy and copies an answer whose headers cannot change", async () => {
    const page = new Response('<html lang="%lang%">', {
      headers: { 'content-security-policy': "script-src 'self'; frame-ancestors 'none'" },
    });
    const kept = await handle({
      event: event('/?lang=en'),
      resolve: (() => Promise.resolve(page)) as Resolve,
    });
    expect(kept.headers.get('content-security-policy')).toBe(
      "script-src 'self'; frame-ancestors 'none'",
    );
    expect(kept.headers.get('x-frame-options')).toBe('DENY');

    const fetched = await fetch('data:text/plain,passed on');
    const copied = await handle({
      event: event('/api/x'),
      resolve: (() => Promise.resolve(fetched)) as Resolve,
    });
    expect(copied.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await copied.text()).toBe('passed on');
  });

  it('writes the language of the URL into the page', async () => {
    let chunk = '';
    await handle({
      event: event('/?lang=en'),
      resolve: ((_event, options) => {
        chunk = String(options?.transformPageChunk?.({ html: '<html lang="%lang%">', done: true }));
        return Promise.resolve(new Response(chunk));
      }) as Resolve,
    });
    expect(chunk).toBe('<html lang="en">');
  });
});
