/** `gratitude parse-reply`: one JSON line per file, exit 2 when a file cannot be read. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CliUsageError } from '../../../functions/local/commands/cli-io';
import { run } from '../../../functions/local/commands/parse-reply';

const REPLY = [
  'From: Robin Vale <robin@example.com>',
  'To: reply+r.abc.2.xyz@in.gratitude.example',
  'Subject: Re: Day 2: Family',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Called my grandpa Ambrose and thanked him for the fishing trips.',
  '',
  '> Reply STOP to unsubscribe or PAUSE to take a break.',
].join('\r\n');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  });
  return {
    out,
    err,
    restore: () => {
      stdout.mockRestore();
      stderr.mockRestore();
    },
  };
}

describe('gratitude parse-reply', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parse-reply-'));
  const good = path.join(dir, 'good.eml');
  const junk = path.join(dir, 'junk.eml');
  writeFileSync(good, REPLY);
  writeFileSync(junk, Buffer.from([0, 255, 1, 2, 3]));

  it('prints one JSON object per file in the contract shape and exits 0', async () => {
    const io = capture();
    const code = await run(['--json', good, junk]).finally(io.restore);
    expect(code).toBe(0);
    const lines = io.out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      file: good,
      text: 'Called my grandpa Ambrose and thanked him for the fishing trips.',
      thanked: [{ name: 'Ambrose', relationship: 'grandfather' }],
      command: null,
      autoReply: false,
      thankedSomeone: true,
      day: 2,
    });
    expect(lines[1]).toMatchObject({ file: junk, text: '', thanked: [], command: null, autoReply: false });
  });

  it('still prints the readable files and exits 2 when one cannot be read', async () => {
    const io = capture();
    const code = await run(['--json', path.join(dir, 'missing.eml'), good]).finally(io.restore);
    expect(code).toBe(2);
    expect(io.out.join('').trim().split('\n')).toHaveLength(1);
    expect(io.err.join('')).toContain('cannot read');
  });

  it('prints a readable summary without --json', async () => {
    const io = capture();
    await run([good]).finally(io.restore);
    expect(io.out.join('')).toContain('thanked:   Ambrose (grandfather)');
  });

  it('asks for at least one file', async () => {
    await expect(run(['--json'])).rejects.toBeInstanceOf(CliUsageError);
  });
});
