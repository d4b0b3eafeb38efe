/**
 * Renders every email with sample values into preview/ (gitignored): an .html and a .txt file
 * each, plus preview/index.html linking them with their subjects. Then measures what a render
 * costs at send time, in microseconds per email.
 *
 *   tsx scripts/preview-emails.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml } from '../functions/adapters/templates/format';
import {
  type RenderedEmail,
  renderCommandConfirmation,
  renderPrompt,
  renderRecap,
  renderReceipt,
  renderWelcome,
} from '../functions/adapters/templates/render';
import { dayContent } from '../functions/core/week';

const OUT_DIR = path.resolve(__dirname, '..', 'preview');
const BASE = 'http://localhost:3000';
const links = {
  unsubscribeUrl: `${BASE}/unsubscribe?token=sample-unsubscribe-token`,
  logUrl: `${BASE}/log?token=sample-log-token`,
  postalAddress: 'PO Box 1234, Springfield, IL 62701, USA',
};
const SCRIPT = '<script>alert(1)</script>';

const samples: Record<string, () => RenderedEmail> = {
  welcome: () => renderWelcome({ ...links, firstName: 'Anna', confirmUrl: `${BASE}/confirm?token=sample` }),
  'welcome-no-name': () =>
    renderWelcome({ ...links, firstName: null, confirmUrl: `${BASE}/confirm?token=sample` }),
  ...Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7].map((day) => [
      `prompt-day-${day}`,
      () => renderPrompt({ ...links, firstName: day === 4 ? null : 'Anna', day }),
    ]),
  ),
  'receipt-nobody': () =>
    renderReceipt({
      ...links,
      firstName: 'Anna',
      day: 3,
      thanked: [],
      note: 'Had a long walk today and thought about who to write to. Will do it tomorrow.',
    }),
  'receipt-one': () =>
    renderReceipt({
      ...links,
      firstName: 'Anna',
      day: 1,
      thanked: [{ name: 'Mom', relationship: 'mom' }],
      note: 'Called Mom and thanked her for driving me to every swimming lesson for six years.',
    }),
  'receipt-several': () =>
    renderReceipt({
      ...links,
      firstName: 'Anna',
      day: 2,
      thanked: [
        { name: 'Anna', relationship: 'sister' },
        { name: 'Ben', relationship: null },
        { name: 'Mr. & Mrs. Kowalski', relationship: 'neighbours' },
      ],
      note:
        'Texted my sister Anna to thank her for the plants she watered while I was away, then wrote a card ' +
        'to Ben for helping me move the sofa, and finally knocked on the Kowalskis’ door with a cake to say ' +
        'thanks for shovelling our path all winter without ever being asked. They invited me in for tea and ' +
        'we talked for an hour.',
    }),
  'receipt-escaping': () =>
    renderReceipt({
      ...links,
      firstName: SCRIPT,
      day: 5,
      thanked: [
        { name: SCRIPT, relationship: null },
        { name: 'Tom & Jerry', relationship: '"mentors"' },
      ],
      note: `I thanked ${SCRIPT} & "Tom & Jerry" <b>today</b>.`,
    }),
  recap: () =>
    renderRecap({
      ...links,
      firstName: 'Anna',
      days: [
        {
          day: 1,
          theme: dayContent(1).theme,
          thanked: [{ name: 'Mom', relationship: 'mom', note: 'Called Mom about the swimming lessons.' }],
        },
        {
          day: 2,
          theme: dayContent(2).theme,
          thanked: [
            { name: 'Anna', relationship: 'sister', note: 'Texted Anna and Ben after the move.' },
            { name: 'Ben', relationship: null, note: 'Texted Anna and Ben after the move.' },
          ],
        },
        { day: 3, theme: dayContent(3).theme, thanked: [] },
        {
          day: 4,
          theme: dayContent(4).theme,
          thanked: [
            { name: 'Priya', relationship: 'colleague', note: 'Thanked Priya for the design review.' },
          ],
        },
        {
          day: 7,
          theme: dayContent(7).theme,
          thanked: [{ name: SCRIPT, relationship: null, note: 'Escaping check & "quotes".' }],
        },
      ],
    }),
  'recap-empty': () => renderRecap({ ...links, firstName: 'Anna', days: [] }),
  'command-stopped': () => renderCommandConfirmation({ ...links, kind: 'stopped', firstName: 'Anna' }),
  'command-paused': () => renderCommandConfirmation({ ...links, kind: 'paused', firstName: 'Anna' }),
  'command-resumed': () =>
    renderCommandConfirmation({ ...links, kind: 'resumed', firstName: 'Anna', nextDay: 4 }),
  'command-restarted': () => renderCommandConfirmation({ ...links, kind: 'restarted', firstName: null }),
};

function writePreviews(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const rows: string[] = [];
  for (const [name, render] of Object.entries(samples)) {
    const email = render();
    const htmlFile = path.join(OUT_DIR, `${name}.html`);
    const textFile = path.join(OUT_DIR, `${name}.txt`);
    writeFileSync(htmlFile, email.html);
    writeFileSync(textFile, `Subject: ${email.subject}\n\n${email.text}`);
    console.log(`${htmlFile}\n${textFile}`);
    rows.push(
      `<li><a href="${name}.html">${escapeHtml(name)}</a> (<a href="${name}.txt">text</a>): ${escapeHtml(email.subject)}</li>`,
    );
  }
  const index = path.join(OUT_DIR, 'index.html');
  writeFileSync(
    index,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Email previews</title><ul>${rows.join('')}</ul></html>\n`,
  );
  console.log(index);
}

/** Median of a few timed runs, in microseconds per render. */
function microsecondsPerRender(render: () => RenderedEmail, iterations: number): number {
  for (let i = 0; i < 1000; i++) render();
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) render();
    runs.push(Number(process.hrtime.bigint() - started) / 1000 / iterations);
  }
  runs.sort((a, b) => a - b);
  return runs[2] ?? Number.NaN;
}

function measure(): void {
  console.log('\nrender cost (median of 5 runs of 5000 renders each):');
  for (const [name, render] of Object.entries(samples)) {
    const bytes = Buffer.byteLength(render().html);
    const us = microsecondsPerRender(render, 5000);
    console.log(
      `  ${name.padEnd(20)} ${us.toFixed(1).padStart(6)} µs  (${(bytes / 1024).toFixed(1)} KiB HTML)`,
    );
  }
}

writePreviews();
measure();
