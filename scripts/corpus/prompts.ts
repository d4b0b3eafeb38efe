/**
 * The prompt a reply quotes: either the email the service sends today (rendered by the project's
 * own templates, so the corpus follows the templates) or an older draft of it, with its own
 * greeting, theme wording and example sentences. Each carries the example sentence whose words
 * must never reach the log.
 */
import { escapeHtml } from '../../functions/adapters/templates/format';
import { renderPrompt } from '../../functions/adapters/templates/render';

export interface QuotedPrompt {
  subject: string;
  /** RFC 5322 From of the prompt: the name and address its attribution shows. */
  fromName: string;
  fromAddress: string;
  /** Plain text, one paragraph per entry (lines inside a paragraph joined by '\n'). */
  paragraphs: string[];
  /** The inside of the prompt's HTML <body>, as a client pastes it into a quote. */
  html: string;
  /** The example sentence (its words are not the participant's). */
  example: string;
  /** The footer's command line. */
  footer: string;
}

const BASE = 'https://gratitude.example';

/** The inside of <body>, as a client pastes a quoted HTML message into its own. */
export function bodyOf(html: string): string {
  const open = html.search(/<body[^>]*>/i);
  if (open < 0) return html;
  const close = html.search(/<\/body>/i);
  return html.slice(html.indexOf('>', open) + 1, close < 0 ? undefined : close);
}

export function currentPrompt(day: number, firstName: string, subscriberId: string): QuotedPrompt {
  const rendered = renderPrompt({
    firstName,
    day,
    unsubscribeUrl: `${BASE}/unsubscribe?token=u.${subscriberId}.aaaaaaaaaaaaaaaaaaaaaaaa`,
    logUrl: `${BASE}/log?token=l.${subscriberId}.aaaaaaaaaaaaaaaaaaaaaaaa`,
    postalAddress: '12 Example Street, Springfield',
  });
  // The example is the longest quoted passage (the encouragement may quote a single word).
  const example = [...rendered.text.matchAll(/“([^”]+)”/g)]
    .map((m) => m[1] as string)
    .sort((a, b) => b.length - a.length)[0];
  if (!example) throw new Error(`the day ${day} prompt has no quoted example sentence`);
  return {
    subject: rendered.subject,
    fromName: 'Gratitude Week',
    fromAddress: 'hello@gratitude.example',
    paragraphs: rendered.text
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter(Boolean),
    html: bodyOf(rendered.html),
    example,
    footer: 'Reply STOP to unsubscribe or PAUSE to take a break.',
  };
}

interface DraftDay {
  theme: string;
  blurb: string;
  examples: [string, string, string];
}

/** The older draft's seven days, each with three example sentences; a case picks one by its id. */
const DRAFT: DraftDay[] = [
  {
    theme: 'Someone who brightened your week',
    blurb: 'A stranger, a shopkeeper, a kid, a colleague: someone lifted your mood. Let them know.',
    examples: [
      'I told Leopold at the bakery that his terrible jokes are the best part of my mornings.',
      'I texted Marisol to say her voice memo had me laughing all the way home.',
      'I thanked Ignatius, the doorman, for always remembering my dog by name.',
    ],
  },
  {
    theme: 'Someone in your family',
    blurb: 'Family is where the most thanks go unsaid. Pick one person and one thing they did.',
    examples: [
      'I called Aunt Philippa to thank her for the Sunday lunches she hosted all through my teens.',
      'I wrote to my cousin Bartholomew to thank him for teaching me to ride a bike.',
      'I told Grandpa Osvaldo that his stories are the reason I started writing.',
    ],
  },
  {
    theme: 'A teacher, coach or mentor',
    blurb: 'Who taught you something you still use? Tell them where it took you.',
    examples: [
      'I emailed Mr. Thorncastle to say his chemistry lessons still help me in the kitchen.',
      'I sent Coach Adebayo a card thanking her for never letting me quit the relay team.',
      'I messaged Dr. Velasco-Ruiz to thank him for showing me how to read a balance sheet.',
    ],
  },
  {
    theme: 'An old friend',
    blurb: 'Someone you have drifted from still shaped who you are. A short note is enough to reconnect.',
    examples: [
      'I wrote to Fenella, my old flatmate, to say I still cook her lentil soup every winter.',
      'I called Radomir after six years and thanked him for lending me his car for my driving test.',
      'I sent Quinlan a photo from our school trip and thanked him for sticking with me that year.',
    ],
  },
  {
    theme: 'Someone who got you through something hard',
    blurb: 'Think of a hard stretch and the person who made it lighter.',
    examples: [
      'I thanked Ottoline for sitting with me in the hospital waiting room all night.',
      'I wrote to Pastor Gideon to thank him for checking on me every week after the layoff.',
      'I told Henrietta that her daily walks with me got me through that winter.',
    ],
  },
  {
    theme: 'Someone you see every day',
    blurb: 'The people in the background of your days: the ones you nod to and never thank.',
    examples: [
      'I thanked Casimir, the crossing warden, for getting my kids over the road every morning.',
      'I told Rosalind at the front desk that her hello makes my Mondays bearable.',
      'I thanked the bus driver, Evander, for waiting when he saw me running for the stop.',
    ],
  },
  {
    theme: 'Someone you never thanked',
    blurb: 'There is someone you meant to thank years ago. Today is the day.',
    examples: [
      'I finally thanked Mrs. Abernathy for the reference letter she wrote me ten years ago.',
      'I wrote to Lysander, who handed in my lost wallet, and thanked him properly.',
      'I thanked Perpetua, the night nurse who sat with my grandmother in her last week.',
    ],
  },
];

export function draftPrompt(
  day: number,
  firstName: string,
  subscriberId: string,
  pick: number,
): QuotedPrompt {
  const d = DRAFT[day - 1];
  if (!d) throw new Error(`no draft prompt for day ${day}`);
  const example = d.examples[pick % d.examples.length] as string;
  const footer = 'Reply STOP to unsubscribe or PAUSE to take a break.';
  const settings = `${BASE}/settings/${subscriberId}`;
  const paragraphs = [
    `Hi ${firstName},`,
    `Day ${day} of 7: ${d.theme}`,
    d.blurb,
    `For example: “${example}”`,
    'Just hit reply and tell us who you thanked. A first name is enough.',
    'Warmly,\nThe Gratitude Week team',
    `--\nYou signed up for Gratitude Week. ${footer}\nYour settings: ${settings}`,
  ];
  const html =
    '<div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f2933">' +
    `<p>Hi ${escapeHtml(firstName)},</p>` +
    `<p><b>Day ${day} of 7: ${escapeHtml(d.theme)}</b></p>` +
    `<p>${escapeHtml(d.blurb)}</p>` +
    `<p>For example: <i>“${escapeHtml(example)}”</i></p>` +
    '<p>Just hit reply and tell us who you thanked. A first name is enough.</p>' +
    '<p>Warmly,<br>The Gratitude Week team</p>' +
    `<p style="font-size:12px;color:#7b8794">You signed up for Gratitude Week. ${footer} ` +
    `<a href="${settings}">Your settings</a></p></div>`;
  return {
    subject: `Day ${day}: ${d.theme}`,
    fromName: 'Gratitude Week',
    fromAddress: 'prompts@gratitude.example',
    paragraphs,
    html,
    example,
    footer,
  };
}
