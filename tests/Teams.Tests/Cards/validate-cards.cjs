// Validates Adaptive Card JSON files with the adaptivecards library the Teams clients are built on.
// Usage: node validate-cards.cjs <file-or-folder>...   (a folder means its *.json, not *.received.json)
// Prints one JSON array: [{ "file", "events": [{ "phase", "event", "message" }] }]; exit code 0
// when it could read everything (events are findings, not failures of this script).
// The library is found through the working directory's node_modules (run it from the repo root).
'use strict';
const fs = require('fs');
const path = require('path');
const AC = require(path.join(process.cwd(), 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js'));

function files(args) {
  const out = [];
  for (const arg of args) {
    if (fs.statSync(arg).isDirectory()) {
      for (const name of fs.readdirSync(arg).sort()) {
        if (name.endsWith('.json') && !name.endsWith('.received.json')) out.push(path.join(arg, name));
      }
    } else {
      out.push(arg);
    }
  }
  return out;
}

function describe(e) {
  return { phase: AC.ValidationPhase[e.phase] ?? String(e.phase), event: AC.ValidationEvent[e.event] ?? String(e.event), message: e.message };
}

function validate(file) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const context = new AC.SerializationContext();
  context.targetVersion = AC.Versions.v1_5;
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) events.push(describe(context.getEventAt(i)));
  for (const e of card.validateProperties().validationEvents) events.push(describe(e));
  return { file, events };
}

const targets = files(process.argv.slice(2));
if (targets.length === 0) {
  console.error('usage: node validate-cards.cjs <file-or-folder>...');
  process.exit(2);
}
process.stdout.write(JSON.stringify(targets.map(validate), null, 1) + '\n');
