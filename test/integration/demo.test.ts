/**
 * `npm run demo` as a person runs it: the entry point in a child process on its own ports, data
 * and output folder. The facts of the week come from its JSON summary, which holds what the
 * service recorded (its export path) and what the SES emulator received.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CAST } from '../../functions/local/demo-cast';
import type { reportData } from '../../functions/local/demo-report';

jest.setTimeout(90_000);

const repoRoot = resolve(__dirname, '..', '..');
type Data = ReturnType<typeof reportData>;
type Person = Data['people'][number];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function startDemo(args: string[]): { child: ChildProcess; done: Promise<Run>; output: () => string } {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/demo.ts', ...args], {
    cwd: repoRoot,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((settle) =>
    child.once('exit', (code) => settle({ code, stdout, stderr, ms: performance.now() - started })),
  );
  return { child, done, output: () => stdout };
}

let scratch: string;
let run: Run;
let data: Data;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'gratitude-demo-test-'));
  run = await startDemo(['--out', join(scratch, 'out'), '--json', join(scratch, 'result.json')]).done;
  if (run.code !== 0) throw new Error(`the demo exited ${run.code}:\n${run.stdout}\n${run.stderr}`);
  data = JSON.parse(readFileSync(join(scratch, 'result.json'), 'utf8')) as Data;
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function person(key: string): Person {
  const found = data.people.find((p) => p.key === key);
  if (!found) throw new Error(`no ${key} in the demo's result`);
  return found;
}

function namesOn(p: Person, day: number): string[] {
  return p.log.thanked.filter((t) => t.day === day).map((t) => t.name);
}

function localHour(iso: string, timeZone: string): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(new Date(iso)),
  );
}

it('runs in under a minute, exits 0 and removes its temporary data', () => {
  expect(run.ms).toBeLessThan(60_000);
  expect(data.people).toHaveLength(4);
  expect(existsSync(data.dataDir)).toBe(false);
  expect(run.stderr).not.toMatch(/Error|WARN/);
});

it('runs the week as a group: nobody is prompted before its start date, recaps name it, the organizer hears', () => {
  const starts = new Set(data.people.map((p) => p.log.prompts[0]?.sentAt.slice(0, 10)));
  expect(starts.size).toBeLessThanOrEqual(2); // one local date: the start date (UTC may say the eve)
  for (const key of ['zoe', 'marcus']) expect(person(key).recap?.text).toContain('Career workshop, room 4');
  // Confirm, ready, and the summary after the week. Priya's STOP on day 5 took her out of the group.
  expect(run.stdout).toMatch(/Group dashboard: 3 members, \d+ people thanked, .* 3 emails to the organizer/);
});

it('the two who kept going got all seven prompts at their local hour, and a recap', () => {
  for (const key of ['zoe', 'marcus']) {
    const p = person(key);
    const cast = CAST.find((c) => c.key === key);
    expect(p.log.status).toBe('completed');
    expect(p.log.prompts.map((prompt) => prompt.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Sent when the service's own schedule said, which is the send hour on their clock.
    expect(p.log.prompts.map((prompt) => prompt.sentAt)).toEqual(p.plan.sends);
    for (const prompt of p.log.prompts) expect(localHour(prompt.sentAt, p.log.timezone)).toBe(cast?.sendHour);
    expect(p.emails.filter((e) => e.kind === 'prompt').map((e) => e.subject.slice(0, 5))).toEqual([
      'Day 1',
      'Day 2',
      'Day 3',
      'Day 4',
      'Day 5',
      'Day 6',
      'Day 7',
    ]);
    expect(p.recap).not.toBeNull();
    expect(p.recap?.sentAt).toBe(p.plan.recap);
    expect(p.emails.filter((e) => e.kind === 'recap')).toHaveLength(1);
  }
  // The recap lists what was logged, in the participant's words.
  expect(person('zoe').recap?.text).toContain('José García');
});

it('the one who signed up in Spanish had her whole week in Spanish: prompts, receipts and recap', () => {
  const lucia = person('lucia');
  expect(lucia.confirmBy).toBe('reply');
  expect(lucia.log.status).toBe('completed');
  expect(lucia.emails.filter((e) => e.kind === 'prompt').map((e) => e.subject.slice(0, 5))).toEqual([
    'Día 1',
    'Día 2',
    'Día 3',
    'Día 4',
    'Día 5',
    'Día 6',
    'Día 7',
  ]);
  // The reply that confirmed got its answer, in Spanish.
  expect(lucia.emails.map((e) => e.subject)).toContain(
    'Ya estás dentro: tu Semana de la Gratitud está confirmada',
  );
  const receipts = lucia.emails.filter((e) => e.kind === 'receipt');
  expect(receipts).toHaveLength(7);
  for (const receipt of receipts)
    expect(receipt.subject).toMatch(/^Anotado: el día \d de tu Semana de la Gratitud$/);
  expect(namesOn(lucia, 1)).toEqual(['Carmen']);
  expect(namesOn(lucia, 2)).toEqual(['Andrés']);
  expect(lucia.recap?.subject).toBe(
    'Tu Semana de la Gratitud: todas las personas a las que diste las gracias',
  );
  expect(lucia.recap?.text).toContain('Carmen (abuela)');
  expect(lucia.recap?.text).toContain('Marta (amiga)');
  expect(lucia.recap?.text).toContain('Día 4 · Alguien del trabajo');
  expect(lucia.recap?.text).not.toMatch(/grandmother|friend|Family|A colleague/);
});

it('the one who replied STOP to day 5 is unsubscribed and got nothing more', () => {
  const priya = person('priya');
  expect(priya.confirmBy).toBe('reply');
  expect(priya.log.status).toBe('unsubscribed');
  expect(priya.log.prompts.map((prompt) => prompt.day)).toEqual([1, 2, 3, 4, 5]);
  expect(priya.recap).toBeNull();
  const afterStop = priya.emails.slice(priya.emails.findIndex((e) => e.kind === 'goodbye') + 1);
  expect(priya.emails.some((e) => e.kind === 'goodbye')).toBe(true);
  expect(afterStop).toEqual([]);
});

it('the out-of-office auto-reply is not logged and not answered', () => {
  const marcus = person('marcus');
  expect(data.replies).toContainEqual(
    expect.objectContaining({ person: 'marcus', day: 3, kind: 'auto-reply' }),
  );
  expect(namesOn(marcus, 3)).toEqual([]);
  expect(JSON.stringify(marcus.log)).not.toMatch(/Sarah|out of the office/);
  expect(marcus.emails.filter((e) => e.kind === 'receipt' && e.day === 3)).toEqual([]);
});

it('whom people thanked is logged for the day they replied to, as they wrote it', () => {
  const zoe = person('zoe');
  expect(namesOn(zoe, 1)).toEqual(['Oma Hilde']);
  expect(namesOn(zoe, 2)).toEqual(['Jürgen']);
  expect(namesOn(zoe, 3)).toEqual(['Leonie', 'Clara']);
  expect(namesOn(zoe, 5)).toEqual(['José García']);
  expect(namesOn(zoe, 6)).toEqual(['Ayşe']);
  expect(namesOn(person('marcus'), 1)).toEqual(['Darnell']);
  expect(namesOn(person('marcus'), 5)).toEqual(['Mr. Delgado']);
  expect(namesOn(person('priya'), 4)).toEqual(['Ananya']);
  expect(person('priya').log.thanked.find((t) => t.day === 4)?.relationship).toBe('colleague');
  // Every reply with words was logged, and answered with a receipt for its day.
  for (const p of data.people) {
    const cast = CAST.find((c) => c.key === p.key);
    cast?.days.forEach((action, index) => {
      if (action.kind !== 'reply') return;
      expect({ person: p.key, day: index + 1, logged: namesOn(p, index + 1).length > 0 }).toEqual({
        person: p.key,
        day: index + 1,
        logged: true,
      });
      expect(p.emails.filter((e) => e.kind === 'receipt' && e.day === index + 1)).toHaveLength(1);
    });
  }
});

it('prints the report and leaves the emails to look at', () => {
  expect(run.stdout).toMatch(
    /Day 3 sent 08:00 Berlin · Gmail reply → logged Leonie \(friend\), Clara \(sister\)/,
  );
  expect(run.stdout).toContain('Zoë Müller <zoe.mueller@example.de>');
  expect(run.stdout).toMatch(/status: unsubscribed/);
  expect(run.stdout).toContain('Subject: Your Gratitude Week');
  const out = join(scratch, 'out');
  expect(readdirSync(out).sort()).toEqual([
    '.gratitude-demo',
    'emails',
    'index.html',
    'replies',
    'report.txt',
  ]);
  const emails = data.people.reduce((sum, p) => sum + p.emails.length, 0);
  const files = readdirSync(join(out, 'emails')).filter((f) => f.endsWith('.eml'));
  // Everyone's emails, and the group organizer's three (confirm, links, summary).
  expect(files).toHaveLength(emails + 3);
  expect(files.filter((f) => f.includes('-organizer-'))).toHaveLength(3);
  expect(readdirSync(join(out, 'replies'))).toHaveLength(data.replies.length);
  expect(readFileSync(join(out, 'report.txt'), 'utf8')).toContain('Thanked, as logged');
});

it('Ctrl-C stops the stack, removes the temporary data and exits 130', async () => {
  const demo = startDemo(['--no-output']);
  const deadline = Date.now() + 45_000;
  while (!/Simulating the week/.test(demo.output()) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
  }
  const dataDir = /temporary data in (\S+)/.exec(demo.output())?.[1];
  expect(dataDir).toBeDefined();
  demo.child.kill('SIGINT');
  const interrupted = await demo.done;
  expect(interrupted.code).toBe(130);
  expect(interrupted.stdout).toContain('Interrupted');
  expect(existsSync(dataDir ?? '')).toBe(false);
});
