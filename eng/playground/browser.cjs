// Drives the Agents Playground's web UI in headless Chromium (playwright-core with Debian's
// /usr/bin/chromium, feasibility.md §2) for tests/TestKit/EndToEnd/ChromiumSession.cs.
//   node eng/playground/browser.cjs <playground url> [chromium path]
// Opens the UI and waits until it has loaded the Playground's config, then prints {"ready":true}.
// Frames the Playground buffered while no client listened are replayed on connect, before the
// UI has loaded its config, and break it ("Invalid conversation id"): connect a PlaygroundFeed
// first (it takes the buffer), or open the UI before the bot posts.
// Then it reads one JSON command a line from stdin and answers one JSON line each:
//   {"do":"open","name":"Triage"}            pick a chat or channel by its name in the list
//   {"do":"waitText","text":"…"}             wait until the text is shown
//   {"do":"click","title":"Claim"}           click a button by its title (the first one)
//   {"do":"shot","out":"/path/file.png"}     save a full-page screenshot
// Answers {"ok":true} or {"ok":false,"error":"…"}. stdin closing ends it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { chromium } = require('playwright-core');

const [url, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
const say = (o) => process.stdout.write(JSON.stringify(o) + '\n');

async function run(page, command) {
  switch (command.do) {
    case 'open': await page.getByText(command.name, { exact: true }).first().click(); break;
    case 'waitText': await page.getByText(command.text).first().waitFor(); break;
    case 'click': {
      const button = page.getByRole('button', { name: command.title, exact: true }).first();
      await button.scrollIntoViewIfNeeded();
      await button.click();
      break;
    }
    case 'shot':
      fs.mkdirSync(path.dirname(command.out), { recursive: true });
      await page.screenshot({ path: command.out, fullPage: true });
      break;
    default: throw new Error('unknown command ' + JSON.stringify(command.do));
  }
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'someteams-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(30000);
    const config = page.waitForResponse((r) => r.url().endsWith('/_internal/v1/config') && r.ok());
    await page.goto(url, { waitUntil: 'load' });
    // The list shows the team once the UI has applied the config.
    const team = ((await (await config).json()).config.teams || [])[0];
    await page.getByText(team ? team.name : 'Personal Chat').first().waitFor();
    say({ ready: true });
    for await (const line of readline.createInterface({ input: process.stdin })) {
      if (!line.trim()) continue;
      try {
        await run(page, JSON.parse(line));
        say({ ok: true });
      } catch (e) {
        say({ ok: false, error: String((e && e.message) || e).split('\n')[0] });
      }
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(String((e && e.stack) || e)); process.exit(1); });
