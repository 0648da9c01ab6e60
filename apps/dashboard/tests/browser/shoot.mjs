// Development helper: screenshots of a running dashboard (BASE, default http://localhost:3917).
import { chromium } from 'playwright-core';

const base = process.env.BASE ?? 'http://localhost:3917';
const out = process.env.OUT ?? '/tmp/shots';
const paths = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning')
    console.log('console', message.type(), message.text());
});
page.on('pageerror', (error) => console.log('pageerror', error.message));
for (const [i, path] of paths.entries()) {
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(900);
  await page.screenshot({ path: `${out}/${i}.png`, fullPage: true });
  console.log('shot', path, `${out}/${i}.png`);
}
await browser.close();
