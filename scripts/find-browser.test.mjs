// node --test scripts/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findBrowser, playwrightBrowsers } from './find-browser.mjs';

const none = () => {
  throw new Error('ENOENT');
};

test('findBrowser takes $CHROMIUM first, as given', () => {
  assert.equal(findBrowser({ env: { CHROMIUM: '/opt/c' }, exists: () => false }), '/opt/c');
});

test('findBrowser tries the system paths in order', () => {
  const present = new Set(['/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
  assert.equal(
    findBrowser({ env: {}, exists: (path) => present.has(path), list: none }),
    '/usr/bin/chromium-browser',
  );
});

test("findBrowser falls back to Playwright's cache, newest build first", () => {
  const list = () => ['ffmpeg-1010', 'chromium-1100', 'chromium-1200'];
  const want = '/home/u/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
  assert.equal(playwrightBrowsers('/home/u', list)[0], want);
  assert.equal(
    findBrowser({
      env: {},
      home: '/home/u',
      list,
      exists: (path) => path.includes('ms-playwright'),
    }),
    want,
  );
});

test('findBrowser answers null where there is no browser', () => {
  assert.equal(findBrowser({ env: {}, exists: () => false, list: none }), null);
});
