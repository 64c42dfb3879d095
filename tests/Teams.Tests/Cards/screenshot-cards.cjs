// Renders case cards with the adaptivecards library in headless Chromium and saves a PNG per
// card, for a person to look at (CardScreenshotTests runs it into TestResults/card-screenshots).
// Usage, from the repo root: node tests/Teams.Tests/Cards/screenshot-cards.cjs <out-folder> <card.json>...
// Needs Chromium (SOMETEAMS_CHROMIUM, default /usr/bin/chromium; feasibility.md §2) and playwright-core from the lock file. The page is
// built in memory: nothing is fetched, so it runs inside `unshare -n` too.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require(path.join(process.cwd(), 'node_modules', 'playwright-core'));

const [outFolder, ...cards] = process.argv.slice(2);
if (!outFolder || cards.length === 0) {
  console.error('usage: node screenshot-cards.cjs <out-folder> <card.json>...');
  process.exit(2);
}

const dist = path.join(process.cwd(), 'node_modules', 'adaptivecards', 'dist');
const script = fs.readFileSync(path.join(dist, 'adaptivecards.min.js'), 'utf8');
const css = fs.readFileSync(path.join(dist, 'adaptivecards.css'), 'utf8');

// Colours close to Teams' light theme, so the badges and warnings look as they will there.
const hostConfig = {
  fontFamily: 'Segoe UI, Helvetica Neue, sans-serif',
  supportsInteractivity: true,
  actions: { maxActions: 5, buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left', showCard: { actionMode: 'inline', inlineTopMargin: 8 } },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, accent: { default: '#5B5FC7' }, good: { default: '#0E700E' }, warning: { default: '#835B00' }, attention: { default: '#C4314B' } } },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    good: { backgroundColor: '#E7F2DA' }, warning: { backgroundColor: '#FBF6D9' }, attention: { backgroundColor: '#FCF4F6' }, accent: { backgroundColor: '#E8EBFA' },
  },
};

(async () => {
  fs.mkdirSync(outFolder, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.SOMETEAMS_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 1 });
    for (const file of cards) {
      const card = JSON.parse(fs.readFileSync(file, 'utf8'));
      await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css} body{background:#EBEBEB;margin:16px} #card{width:600px;background:#fff;border-radius:6px;box-shadow:0 1px 3px #0003}</style></head><body><div id="card"></div></body></html>`);
      await page.addScriptTag({ content: script });
      const problems = await page.evaluate(([json, config]) => {
        const ac = new AdaptiveCards.AdaptiveCard();
        ac.hostConfig = new AdaptiveCards.HostConfig(config);
        const context = new AdaptiveCards.SerializationContext();
        context.targetVersion = AdaptiveCards.Versions.v1_5;
        ac.parse(json, context);
        document.getElementById('card').appendChild(ac.render());
        return context.eventCount;
      }, [card, hostConfig]);
      const out = path.join(outFolder, path.basename(file, '.json') + '.png');
      await page.locator('#card').screenshot({ path: out });
      console.log(`${out}${problems ? ` (${problems} parse events)` : ''}`);
    }
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
