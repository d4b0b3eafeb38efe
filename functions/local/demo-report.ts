/**
 * What `npm run demo` prints and keeps: the report of the week as the service recorded it, the
 * emails as `.eml` and `.html` files (the SES emulator's inbox closes with the demo), and a JSON
 * summary for tests and scripts.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import nodemailer from 'nodemailer';
import { escapeHtml } from '../adapters/templates/format';
import {
  city,
  clientName,
  type DemoEmail,
  type DemoPerson,
  type DemoReply,
  type DemoResult,
  describe,
  firstName,
  formatLocal,
} from './demo-run';

/** Marks a folder as ours, so that a second run may replace it and nothing else is ever deleted. */
const MARKER = '.gratitude-demo';

/** Thrown when the output folder holds files the demo did not write. */
export class OutputDirError extends Error {
  override readonly name = 'OutputDirError';
}

// ---------------------------------------------------------------------------------------------
// The printed report

export function formatReport(result: DemoResult, outDir: string | null): string {
  const lines: string[] = [];
  const rule = '─'.repeat(96);
  lines.push(
    '',
    rule,
    'Report: the week as the service recorded it (its export path and the SES emulator)',
    rule,
  );
  for (const person of result.people) lines.push('', ...personTable(person, result.replies));

  const recap = result.people.find((p) => p.recap !== null);
  if (recap?.recap) {
    lines.push('', `The recap ${firstName(recap.cast)} received (from the SES emulator's /store)`);
    lines.push(`  Subject: ${recap.recap.subject}`);
    for (const line of recapBody(recap.recap.text)) lines.push(`  │ ${line}`.trimEnd());
    lines.push('  │ … (footer: STOP/PAUSE line, unsubscribe and log links, postal address)');
  }

  lines.push('', ...mailCounts(result));
  lines.push('', 'Where to look');
  if (outDir !== null) {
    const shown = displayPath(outDir);
    const files = [
      [join(shown, 'index.html'), 'every email in order (.html to open, .eml with all headers)'],
      [`${join(shown, 'replies')}/`, 'the replies exactly as they went over SMTP'],
      [join(shown, 'report.txt'), 'this report'],
    ];
    const width = Math.max(...files.map(([path = '']) => path.length));
    for (const [path = '', what] of files) lines.push(`  ${path.padEnd(width)}  ${what}`);
  }
  lines.push(
    `  The SES inbox (http://localhost:${result.ports.ses}/) and the app closed with the demo:`,
    '  run `npm start` for a live inbox, and `npx gratitude tick --at ISO` to move its week along.',
  );
  lines.push(
    '',
    `Done in ${seconds(result.elapsedMs)} (stack ready in ${seconds(result.readyMs)}); ` +
      'everything is stopped and the temporary data removed.',
  );
  return lines.join('\n');
}

function personTable(person: DemoPerson, replies: readonly DemoReply[]): string[] {
  const { cast, log } = person;
  const confirmed =
    cast.confirmBy === 'page' ? 'confirmed on the page' : `confirmed by replying (${clientName(cast)})`;
  const lines = [
    `${cast.name} <${cast.email}>`,
    `  ${log.timezone}, prompts at ${String(log.sendHour).padStart(2, '0')}:00 · ${confirmed} · status: ${log.status}`,
  ];
  const rows: string[][] = [
    ['Day', `Sent (${city(cast.timezone)} time)`, 'Reply sent', 'Thanked, as logged'],
  ];
  for (let day = 1; day <= 7; day++) {
    const prompt = log.prompts.find((p) => p.day === day);
    const thanked = log.thanked.filter((t) => t.day === day);
    rows.push([
      String(day),
      prompt ? formatLocal(prompt.sentAt, cast.timezone) : 'not sent',
      replyLabel(person, replies, day),
      thanked.length > 0 ? describe(thanked) : '—',
    ]);
  }
  // Every column but the last padded to its widest cell.
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  for (const row of rows) {
    lines.push(
      `  ${row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ')}`,
    );
  }
  lines.push(
    person.recap
      ? `  Recap: ${formatLocal(person.recap.sentAt, cast.timezone)}, "${person.recap.subject}"`
      : '  Recap: not sent',
  );
  return lines;
}

function replyLabel(person: DemoPerson, replies: readonly DemoReply[], day: number): string {
  const sent = replies.filter((r) => r.person === person.cast.key && r.day === day);
  if (sent.length === 0) return '—';
  return sent
    .map((r) =>
      r.kind === 'auto-reply' ? 'auto-reply' : r.kind === 'stop' ? 'STOP' : clientName(person.cast),
    )
    .join(', ');
}

/** The recap's own text, without the footer every email shares. */
function recapBody(text: string): string[] {
  const body = text.replace(/\r\n/g, '\n').split(/\n---\n/)[0] ?? text;
  return body.trimEnd().split('\n');
}

function mailCounts(result: DemoResult): string[] {
  const count = (kind: DemoEmail['kind']) => result.emails.filter((e) => e.kind === kind).length;
  const parts = [
    `${count('welcome')} welcomes`,
    `${count('prompt')} prompts`,
    `${count('receipt')} receipts`,
    `${count('recap')} recaps`,
    `${count('goodbye')} goodbye`,
  ];
  const other = count('other');
  if (other > 0) parts.push(`${other} other`);
  const inbound = result.replies.length;
  const auto = result.replies.filter((r) => r.kind === 'auto-reply').length;
  return [
    `Emails sent by the service: ${result.emails.length} (${parts.join(', ')})`,
    `Messages received over SMTP: ${inbound} (${inbound - auto} from people, ${auto} automatic)`,
  ];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

// ---------------------------------------------------------------------------------------------
// The output folder

/**
 * Makes `outDir` ready before the demo runs (so a bad folder fails fast): created if missing,
 * emptied if an earlier demo wrote it, refused if it holds anything else.
 */
export async function prepareOutDir(outDir: string): Promise<void> {
  if (existsSync(outDir)) {
    const entries = await readdir(outDir);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new OutputDirError(
        `${outDir} exists and was not written by the demo; choose another --out folder`,
      );
    }
    await rm(outDir, { recursive: true, force: true });
  }
  await mkdir(join(outDir, 'emails'), { recursive: true });
  await mkdir(join(outDir, 'replies'), { recursive: true });
  await writeFile(join(outDir, MARKER), 'Written by `npm run demo`; replaced on the next run.\n');
}

// Builds MIME only; nothing is sent.
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

/** Every email as `.eml` (dated at its simulated moment) and `.html`, the replies, an index, the report. */
export async function writeOutput(result: DemoResult, outDir: string, report: string): Promise<void> {
  const rows: string[] = [];
  for (const email of result.emails) {
    const base = `${String(email.seq).padStart(2, '0')}-${email.person}-${emailLabel(email)}`;
    const { stored } = email;
    const eml = await composer.sendMail({
      from: stored.from,
      to: stored.destination.to,
      replyTo: stored.replyTo.length > 0 ? stored.replyTo : undefined,
      subject: stored.subject,
      date: new Date(email.simulatedAt),
      messageId: `<${stored.messageId}@email.amazonses.com>`,
      text: stored.body.text,
      html: stored.body.html,
      headers: (stored.headers ?? []).map((h) => ({ key: h.name, value: h.value })),
    });
    await writeFile(join(outDir, 'emails', `${base}.eml`), eml.message as Buffer);
    if (stored.body.html !== undefined)
      await writeFile(join(outDir, 'emails', `${base}.html`), stored.body.html);
    rows.push(
      `<tr><td>${email.seq}</td><td>${escapeHtml(email.simulatedAt.slice(0, 16).replace('T', ' '))}</td>` +
        `<td>${escapeHtml(stored.destination.to.join(', '))}</td><td>${email.kind}</td>` +
        `<td><a href="emails/${base}.html">${escapeHtml(stored.subject)}</a></td><td><a href="emails/${base}.eml">.eml</a></td></tr>`,
    );
  }
  const replyRows: string[] = [];
  for (const reply of result.replies) {
    const name = `${String(reply.seq).padStart(2, '0')}-${reply.person}-day-${reply.day}-${reply.kind}.eml`;
    await writeFile(join(outDir, 'replies', name), reply.raw);
    replyRows.push(
      `<tr><td>${reply.seq}</td><td>${escapeHtml(reply.simulatedAt.slice(0, 16).replace('T', ' '))}</td>` +
        `<td>${reply.person}</td><td>${reply.kind} (${reply.client})</td>` +
        `<td><a href="replies/${name}">${escapeHtml(reply.subject)}</a></td></tr>`,
    );
  }
  const index = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Gratitude Week demo</title>
<style>body{font:15px/1.4 system-ui,sans-serif;margin:2em}td,th{padding:2px 10px;text-align:left}tr:nth-child(even){background:#f4f1ea}pre{background:#f8f8f8;padding:1em}</style>
<h1>Gratitude Week demo</h1>
<p>Times are simulated (UTC). Links inside the emails pointed at the demo's own server, which has stopped.</p>
<h2>Emails the service sent</h2>
<table><tr><th>#</th><th>When</th><th>To</th><th>Kind</th><th>Subject</th><th></th></tr>
${rows.join('\n')}
</table>
<h2>Replies sent to it over SMTP</h2>
<table><tr><th>#</th><th>When</th><th>From</th><th>Kind</th><th>Subject</th></tr>
${replyRows.join('\n')}
</table>
<h2>Report</h2>
<pre>${escapeHtml(report)}</pre>
</html>
`;
  await writeFile(join(outDir, 'index.html'), index);
  await writeFile(join(outDir, 'report.txt'), `${report}\n`);
}

function emailLabel(email: DemoEmail): string {
  if (email.kind === 'prompt') return `day-${email.day}`;
  if (email.kind === 'receipt') return `receipt-day-${email.day}`;
  return email.kind;
}

// ---------------------------------------------------------------------------------------------
// JSON

/** The result without message bodies: what tests and scripts check. */
export function reportData(result: DemoResult, outDir: string | null) {
  return {
    elapsedMs: result.elapsedMs,
    readyMs: result.readyMs,
    dataDir: result.dataDir,
    outDir,
    passes: result.passes,
    people: result.people.map((person) => ({
      key: person.cast.key,
      name: person.cast.name,
      email: person.cast.email,
      confirmBy: person.cast.confirmBy,
      plan: person.plan,
      log: person.log,
      recap: person.recap,
      emails: result.emails
        .filter((e) => e.person === person.cast.key)
        .map((e) => ({ kind: e.kind, day: e.day, subject: e.stored.subject, simulatedAt: e.simulatedAt })),
    })),
    replies: result.replies.map(({ raw: _raw, ...reply }) => reply),
  };
}
