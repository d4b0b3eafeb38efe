/**
 * Sample values for every email, shared by `npm run preview`, the benchmarks and the browser
 * checks: ordinary weeks, the empty cases, hostile names for escaping, and long unbroken words
 * that would push a narrow layout sideways.
 */
import {
  type RenderedEmail,
  renderCommandConfirmation,
  renderPrompt,
  renderRecap,
  renderReceipt,
  renderWelcome,
} from '../functions/adapters/templates/render';
import { dayContent } from '../functions/core/week';

export const SCRIPT = '<script>alert(1)</script>';
export const LONG_NAME = 'Maximiliana-Wilhelmina Oberhauser-Schwarzenegger';
export const LONG_NOTE =
  'Wrote to my old teacher https://example.com/a/very/long/path/that/does/not/break/anywhere/at/all ' +
  'and said thank you for everything, then talked for an hour about the books she gave me.';

/** Every sample email by name, with links under `base`. */
export function emailSamples(base = 'https://gratitude.example'): Record<string, () => RenderedEmail> {
  const links = {
    unsubscribeUrl: `${base}/unsubscribe?token=u.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbb`,
    logUrl: `${base}/log?token=l.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbb`,
    postalAddress: 'PO Box 1234, Springfield, IL 62701, USA',
  };
  const confirmUrl = `${base}/confirm?token=c.aaaaaaaaaaaaaaaa.1790000000.bbbbbbbbbbbbbbbbbbbbbbbb`;
  const day = (n: number) => ({ day: n, theme: dayContent(n).theme });
  return {
    welcome: () => renderWelcome({ ...links, firstName: 'Anna', confirmUrl }),
    'welcome-no-name': () => renderWelcome({ ...links, firstName: null, confirmUrl }),
    ...Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7].map((n) => [
        `prompt-day-${n}`,
        () => renderPrompt({ ...links, firstName: n === 4 ? null : 'Anna', day: n }),
      ]),
    ),
    'prompt-long-name': () => renderPrompt({ ...links, firstName: LONG_NAME, day: 5 }),
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
          'thanks for shovelling our path all winter without ever being asked.',
      }),
    'receipt-long': () =>
      renderReceipt({
        ...links,
        firstName: LONG_NAME,
        day: 6,
        thanked: [{ name: LONG_NAME, relationship: null }],
        note: LONG_NOTE,
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
            ...day(1),
            thanked: [{ name: 'Mom', relationship: 'mom', note: 'Called Mom about the swimming lessons.' }],
          },
          {
            ...day(2),
            thanked: [
              { name: 'Anna', relationship: 'sister', note: 'Texted Anna and Ben after the move.' },
              { name: 'Ben', relationship: null, note: 'Texted Anna and Ben after the move.' },
            ],
          },
          { ...day(3), thanked: [] },
          {
            ...day(4),
            thanked: [
              { name: 'Priya', relationship: 'colleague', note: 'Thanked Priya for the design review.' },
            ],
          },
          { ...day(7), thanked: [{ name: SCRIPT, relationship: null, note: 'Escaping check & "quotes".' }] },
        ],
      }),
    'recap-long': () =>
      renderRecap({
        ...links,
        firstName: LONG_NAME,
        days: [{ ...day(2), thanked: [{ name: LONG_NAME, relationship: null, note: LONG_NOTE }] }],
      }),
    'recap-empty': () => renderRecap({ ...links, firstName: 'Anna', days: [] }),
    'command-stopped': () => renderCommandConfirmation({ ...links, kind: 'stopped', firstName: 'Anna' }),
    'command-paused': () => renderCommandConfirmation({ ...links, kind: 'paused', firstName: 'Anna' }),
    'command-resumed': () =>
      renderCommandConfirmation({ ...links, kind: 'resumed', firstName: 'Anna', nextDay: 4 }),
    'command-restarted': () => renderCommandConfirmation({ ...links, kind: 'restarted', firstName: null }),
  };
}
