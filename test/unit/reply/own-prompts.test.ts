/**
 * Replies quoting the prompts this service actually sends today (rendered by our templates, seven
 * days, text and HTML), by the main clients: none of the prompt's words, example names or footer
 * may reach the log. The corpus was written against older prompts; this is the guard for ours.
 */
import { renderPrompt } from '../../../functions/adapters/templates/render';
import { parseReply } from '../../../functions/core/reply';
import { buildReply, type Client, type Prompt } from './support/mail';

const DAYS = [1, 2, 3, 4, 5, 6, 7];
const CLIENTS: Client[] = [
  'gmail',
  'outlook',
  'outlook-html-only',
  'owa',
  'iphone',
  'apple-mail',
  'yahoo',
  'samsung',
  'proton',
  'thunderbird',
  'zoho',
];

function ourPrompt(day: number): { prompt: Prompt; text: string } {
  const rendered = renderPrompt({
    firstName: 'Robin',
    unsubscribeUrl: 'https://gratitude.example/unsubscribe?token=abc',
    logUrl: 'https://gratitude.example/log?token=abc',
    postalAddress: '12 Example Street, Springfield',
    day,
  });
  const paragraphs = rendered.text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    prompt: { day, theme: rendered.subject.replace(/^Day \d: /, ''), paragraphs, html: rendered.html },
    text: rendered.text,
  };
}

/** Capitalised words of the prompt that are not sentence starts: its example names. */
function exampleNames(text: string): string[] {
  const quoted = text.match(/“([^”]+)”/g) ?? [];
  return [...new Set(quoted.flatMap((q) => q.match(/\b\p{Lu}\p{Ll}+\b/gu) ?? []))];
}

describe('replies quoting our own prompts', () => {
  const cases = DAYS.flatMap((day) => CLIENTS.map((client) => [day, client] as const));

  it.each(cases)('day %i quoted by %s', async (day, client) => {
    const { prompt, text } = ourPrompt(day);
    const raw = await buildReply({
      client,
      prompt,
      body: 'I called my neighbour Oksana and thanked her for feeding the cat all summer.',
    });
    const parsed = await parseReply(raw);
    expect(parsed.text).toContain('feeding the cat all summer');
    expect(parsed.text).not.toMatch(/Reply STOP|Unsubscribe|Reply to this email|An idea for what to say/);
    expect(parsed.thanked).toEqual([{ name: 'Oksana', relationship: 'neighbor', channel: 'call' }]);
    for (const name of exampleNames(text)) expect(parsed.text).not.toContain(`${name},`);
    expect(parsed.command).toBeNull();
  });
});
