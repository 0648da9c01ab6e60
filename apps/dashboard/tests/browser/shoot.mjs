// Development helper: screenshots of a running dashboard (BASE, default http://localhost:3917).
import { launch } from './chromium.mjs';

const base = process.env.BASE ?? 'http://localhost:3917';
const out = process.env.OUT ?? '/tmp/shots';
const paths = process.argv.slice(2);
const browser = await launch();
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
