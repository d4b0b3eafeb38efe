/**
 * `gratitude parse-reply [--json] FILE...`: runs the reply parser over raw .eml files. With
 * `--json`, one JSON object per file per line: {file, text, thanked, command, autoReply} plus
 * thankedSomeone, confidence, day, subject, from, notes. Without it, a short readable summary.
 * Exit 0 when every file was read (whatever it contained), 2 when one could not be read (the
 * others are still printed; the reason goes to stderr). No network, no running stack.
 */
import { readFile } from 'node:fs/promises';
import { type ParsedReply, parseReply } from '../../core/reply';
import { CliUsageError, parseOptions } from './cli-io';

function jsonLine(file: string, parsed: ParsedReply): string {
  return JSON.stringify({
    file,
    text: parsed.text,
    thanked: parsed.thanked,
    command: parsed.command,
    autoReply: parsed.autoReply,
    thankedSomeone: parsed.thankedSomeone,
    confidence: parsed.confidence,
    day: parsed.day,
    subject: parsed.subject,
    from: parsed.from?.address ?? null,
    notes: parsed.notes,
  });
}

function readable(file: string, parsed: ParsedReply): string {
  const people = parsed.thanked.map((p) => (p.relationship ? `${p.name} (${p.relationship})` : p.name));
  const lines = [
    `${file}`,
    `  subject:   ${parsed.subject || '(none)'}${parsed.day ? `  [day ${parsed.day}]` : ''}`,
    `  thanked:   ${people.length > 0 ? people.join(', ') : parsed.thankedSomeone ? '(someone, not named)' : '(nobody)'}`,
  ];
  if (parsed.command) lines.push(`  command:   ${parsed.command}`);
  if (parsed.autoReply) lines.push('  automatic reply: yes');
  lines.push(`  confidence: ${parsed.confidence}`);
  const text = parsed.text.trim();
  lines.push(`  text:      ${text ? text.replace(/\n/g, '\n             ') : '(no new text)'}`);
  return lines.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } });
  if (positionals.length === 0) throw new CliUsageError('give at least one .eml file');
  let exitCode = 0;
  for (const file of positionals) {
    let raw: Buffer;
    try {
      raw = await readFile(file);
    } catch (error) {
      const reason =
        error instanceof Error && 'code' in error
          ? String((error as NodeJS.ErrnoException).code)
          : String(error);
      process.stderr.write(`gratitude parse-reply: cannot read ${file}: ${reason}\n`);
      exitCode = 2;
      continue;
    }
    const parsed = await parseReply(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
    process.stdout.write(`${values.json ? jsonLine(file, parsed) : readable(file, parsed)}\n`);
  }
  return exitCode;
}
