/**
 * Renders every email in every language with sample values into preview/<language>/ (gitignored):
 * an .html and a .txt file each, plus preview/index.html linking them with their subjects. Then
 * measures what a render costs at send time, in microseconds per email (English samples).
 *
 *   tsx scripts/preview-emails.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml } from '../functions/adapters/templates/format';
import type { RenderedEmail } from '../functions/adapters/templates/render';
import { allEmailSamples, emailSamples } from '../templates/samples';

const OUT_DIR = path.resolve(__dirname, '..', 'preview');
const samples = emailSamples('http://localhost:3000');

function writePreviews(): void {
  const rows: string[] = [];
  for (const [name, render] of Object.entries(allEmailSamples('http://localhost:3000'))) {
    mkdirSync(path.dirname(path.join(OUT_DIR, name)), { recursive: true });
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
