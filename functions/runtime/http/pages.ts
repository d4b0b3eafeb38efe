/**
 * The HTML pages: one small accessible layout (semantic markup, landmarks, labels, `lang`, AA
 * contrast, readable at 360 px, no external assets) under a strict Content-Security-Policy. The
 * only script fills the time zone from the browser; every form works without it. Each page that
 * can meet a person in an unexpected state (an old link, a second visit) says what is going on
 * and what to do next.
 */
import { createHash } from 'node:crypto';
import { html, type SafeHtml, trusted } from '../../adapters/templates/format';
import type { Subscriber } from '../../core/subscriber';

// The emails' palette, so that a link from an email lands somewhere that looks like the same
// service. Contrast (WCAG AA asks 4.5:1 for text, 3:1 for borders and focus): ink 14.1:1, muted
// 7.9:1, accent 8.5:1 and focus ring 5.7:1 on the page; white on accent 9.6:1; error red 7.9:1
// and field borders 4.1:1 on white.
const STYLE = `
:root{color-scheme:light;--ink:#222;--muted:#4a4a4a;--accent:#1d4d3d;--accent-dark:#143629;--bg:#f4f1ea;--card:#fff;--line:#dcd6c8;--focus:#0b57d0}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:break-word}
body>header,main,body>footer{max-width:34rem;margin:0 auto;padding:0 1.25rem}
body>header{padding-top:1.5rem}
body>header a{font-weight:700;letter-spacing:.02em;color:var(--accent);text-decoration:none}
body>header a:hover{text-decoration:underline}
main{padding-top:1rem;padding-bottom:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.2rem;line-height:1.3;margin:2rem 0 .5rem}
h3{font-size:1rem;margin:0}
a{color:var(--accent);text-underline-offset:.15em}
a:hover{color:var(--accent-dark)}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1.25rem}
.card>:first-child{margin-top:0}
label{display:block;font-weight:600;margin:1rem 0 .3rem}
.hint{color:var(--muted);font-size:.92rem;font-weight:400;margin:.2rem 0 0}
input,select{width:100%;max-width:100%;font:inherit;padding:.6rem .7rem;border:1px solid #767f89;border-radius:8px;background:#fff;color:var(--ink);min-height:2.75rem}
input[aria-invalid=true],select[aria-invalid=true]{border:2px solid #a40e26}
button,.button{display:block;margin-top:1.25rem;font:inherit;font-weight:600;padding:.7rem 1.2rem;border:2px solid var(--accent);border-radius:8px;background:var(--accent);color:#fff;cursor:pointer;width:100%;text-align:center;text-decoration:none;min-height:2.75rem}
button:hover,.button:hover{background:var(--accent-dark);border-color:var(--accent-dark);color:#fff}
button.secondary{background:#fff;color:var(--accent)}
button.secondary:hover{background:#e6efe9;color:var(--accent-dark)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.error{color:#a40e26;font-weight:600}
.status{border-left:4px solid #2d6a3e;background:#eef6ef;padding:.6rem .8rem;border-radius:4px}
.week{list-style:none;margin:0;padding:0}
.week>li{padding:.8rem 0;border-bottom:1px solid var(--line)}
.week>li:first-child{border-top:1px solid var(--line)}
.week p{margin:.35rem 0 0}
blockquote{margin:.25rem 0 0;padding-left:.8rem;border-left:3px solid var(--line)}
.edit{margin:.6rem 0 0;padding:.5rem .7rem;border:1px solid var(--line);border-radius:8px;background:var(--card)}
.edit label{margin:0 0 .3rem;font-size:.92rem}
.edit button{display:inline-block;width:auto;margin:.5rem .5rem 0 0;padding:.45rem .9rem}
.links{padding-left:1.2rem}
.links li{margin:.3rem 0}
details{margin-top:1.5rem;border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem;background:var(--card)}
summary{cursor:pointer;font-weight:600;color:var(--accent)}
body>footer{margin-top:1.5rem;padding-bottom:2.5rem;color:var(--muted);font-size:.9rem}
`;

/**
 * Picks the browser's time zone in the form, unless the server already chose one (a form sent
 * back with an error keeps the person's choice). Browsers disagree on some zone names (Chromium
 * reports Asia/Kolkata as "Asia/Calcutta", Firefox does not), and the server's list follows its
 * own ICU: when no option matches exactly, the option that the browser resolves to the same
 * zone is taken.
 */
export const TIMEZONE_SCRIPT = `(function(){try{
var s=document.getElementById('timezone');
if(!s||s.hasAttribute('data-chosen'))return;
var canon=function(z){try{return new Intl.DateTimeFormat('en',{timeZone:z}).resolvedOptions().timeZone}catch(e){return ''}};
var z=Intl.DateTimeFormat().resolvedOptions().timeZone;
if(!z)return;
var o=s.options,i;
for(i=0;i<o.length;i++)if(o[i].value===z){s.value=z;return}
var c=canon(z);
for(i=0;i<o.length;i++)if(canon(o[i].value)===c){s.value=o[i].value;return}
}catch(e){}})();`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** No external anything; the inline style and the one script are allowed by their hashes. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(TIMEZONE_SCRIPT)}`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function layout(title: string, body: SafeHtml, options: { script?: boolean } = {}): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${title} · Gratitude Week</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<header><a href="/">Gratitude Week</a></header>
<main>
${body}
</main>
<footer><p>Seven days, seven thank-yous: reach out to one person a day and tell them what they mean to you.</p></footer>
${options.script ? trusted(`<script>${TIMEZONE_SCRIPT}</script>`) : ''}
</body>
</html>`.value;
}

// ---------------------------------------------------------------------------------------------
// Form parts

let zoneList: string[] | undefined;
let utcOptions: SafeHtml | undefined;

function zones(): string[] {
  zoneList ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  return zoneList;
}

function timezoneOptions(selected: string): SafeHtml {
  if (selected === 'UTC' && utcOptions) return utcOptions;
  // A zone valid for the server but missing from this runtime's list (an alias such as
  // Asia/Kolkata where ICU lists Asia/Calcutta) is kept as the first option: otherwise the form
  // would show UTC and saving it would silently move the person.
  const list = zones().includes(selected) || selected === '' ? zones() : [selected, ...zones()];
  const options = html`${list.map(
    (z) =>
      html`<option value="${z}"${z === selected ? html` selected` : ''}>${z.replace(/_/g, ' ')}</option>`,
  )}`;
  if (selected === 'UTC') utcOptions = options;
  return options;
}

function hourOptions(selected: number): SafeHtml {
  const hours = Array.from({ length: 24 }, (_, h) => h);
  return html`${hours.map(
    (h) =>
      html`<option value="${h}"${h === selected ? html` selected` : ''}>${String(h).padStart(2, '0')}:00</option>`,
  )}`;
}

/**
 * A field's description, and for the field an error names: the attributes that tie it to the
 * message above the form, and focus it (the page is a fresh load: without JavaScript, autofocus
 * is how the person lands on what needs fixing).
 */
function described(field: string, error: { field: string | undefined } | undefined, hint?: string): SafeHtml {
  const ids = [error?.field === field ? 'form-error' : '', hint ?? ''].filter((id) => id !== '').join(' ');
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${error?.field === field ? html` aria-invalid="true" autofocus` : ''}`;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export interface SubscribeValues {
  email?: unknown;
  name?: unknown;
  timezone?: unknown;
  sendHour?: unknown;
}

/** The form at `/`; after an error it comes back filled in with what was sent. */
export function subscribePage(
  error?: { message: string; field: string | undefined },
  values: SubscribeValues = {},
): string {
  const zone = text(values.timezone);
  const chosenZone = zone !== '' && zones().includes(zone);
  const hour = Number(text(values.sendHour) || 8);
  const sendHour = Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 8;
  return layout(
    error ? 'Please check the form' : 'Start your week of gratitude',
    html`<h1>A week of thank-yous, one email a day</h1>
<p>For seven days you'll get a short prompt at the hour you choose: reach out to one person and thank them. Reply with whom you thanked, and at the end of the week you'll get a recap of everyone you reached.</p>
<form class="card" method="post" action="/subscribe" novalidate>
${error ? html`<p class="error" role="alert" id="form-error">${error.message}</p>` : ''}
<label for="email">Email address</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${text(values.email)}"${described('email', error)}>
<label for="name">First name <span class="hint">(optional)</span></label>
<input id="name" name="name" type="text" autocomplete="given-name" maxlength="80" value="${text(values.name)}"${described('name', error)}>
<label for="timezone">Time zone</label>
<select id="timezone" name="timezone"${chosenZone ? html` data-chosen` : ''}${described('timezone', error, 'time-hint')}>${timezoneOptions(chosenZone ? zone : 'UTC')}</select>
<label for="sendHour">Send the prompt at</label>
<select id="sendHour" name="sendHour"${described('sendHour', error, 'time-hint')}>${hourOptions(sendHour)}</select>
<p class="hint" id="time-hint">Your local time. You can change both later.</p>
<button type="submit">Start my week</button>
</form>
<p class="hint">We send one email to confirm, then one a day for seven days, and a recap. Every email has an unsubscribe link.</p>`,
    { script: true },
  );
}

// ---------------------------------------------------------------------------------------------
// Simple pages

type Paragraph = string | SafeHtml;

export function messagePage(title: string, paragraphs: Paragraph[], extra?: SafeHtml): string {
  return layout(title, html`<h1>${title}</h1>${paragraphs.map((p) => html`<p>${p}</p>`)}${extra ?? ''}`);
}

/** A page whose button POSTs back to the same URL: link scanners open GETs, people press buttons. */
export function confirmActionPage(
  title: string,
  text: Paragraph,
  action: string,
  button: string,
  after?: SafeHtml,
): string {
  return layout(
    title,
    html`<h1>${title}</h1><p>${text}</p>
<form class="card" method="post" action="${action}"><button type="submit">${button}</button></form>${after ?? ''}`,
  );
}

const subscribeAgain = (label = 'Subscribe again') => html`<p><a class="button" href="/">${label}</a></p>`;

export function checkInboxPage(): string {
  return messagePage(
    'Check your inbox',
    [
      'We sent you an email with a link to confirm. Press the button on that page, or simply reply to the email.',
      "If it doesn't arrive within a few minutes, look in your spam folder.",
    ],
    html`<p class="hint">Typed the address wrong? <a href="/">Go back to the form</a> and send it again.</p>`,
  );
}

type Status = Subscriber['status'];

/** A confirm link of someone who unsubscribed (or bounced) after it was sent. */
const stoppedSinceLink = () =>
  messagePage(
    'This link no longer starts a week',
    ['Since this link was sent, the subscription was stopped, so there is nothing to confirm.'],
    subscribeAgain(),
  );

/** GET /confirm: the button for a pending subscription; a calm word for any other state. */
export function confirmPage(status: Status, action: string): string {
  switch (status) {
    case 'pending':
      return confirmActionPage(
        'Confirm your subscription',
        'One click and your week of gratitude begins.',
        action,
        'Yes, start my week',
      );
    case 'active':
    case 'paused':
      return messagePage("You're already confirmed", [
        'Nothing more to do here: your week of gratitude is under way. Watch your inbox for the next prompt.',
      ]);
    case 'completed':
      return messagePage(
        'Your week is complete',
        ['This link confirmed a week that has since ended. Would you like another one?'],
        subscribeAgain('Start a new week'),
      );
    default:
      return stoppedSinceLink();
  }
}

/** POST /confirm: what the confirmation did (nothing, for a subscription that was stopped). */
export function confirmedPage(status: Status, firstPrompt: string | null): string {
  switch (status) {
    case 'pending': // not after a confirmation; worded as a success all the same
    case 'active':
      return messagePage("You're in", [
        firstPrompt ? `Your first prompt arrives ${firstPrompt}.` : 'Your subscription is confirmed.',
        'Each day, reach out to one person and thank them, then reply to the email and tell us whom you thanked.',
      ]);
    case 'paused':
      return messagePage("You're confirmed", [
        'Your week is paused. Reply RESUME to any of our emails to continue where you left off.',
      ]);
    case 'completed':
      return messagePage(
        'Your week is complete',
        ['There is nothing to confirm: this week has ended.'],
        subscribeAgain('Start a new week'),
      );
    default:
      return stoppedSinceLink();
  }
}

/** GET /unsubscribe: the button, or, on a second visit, a calm "already done". */
export function unsubscribePage(status: Status, email: string, action: string): string {
  if (status === 'unsubscribed') {
    return messagePage(
      "You're already unsubscribed",
      [
        `We send nothing more to ${email}. There is nothing else to do.`,
        'Changed your mind? You can start a new week any time.',
      ],
      subscribeAgain('Start a new week'),
    );
  }
  if (status === 'suppressed') {
    return messagePage("We've already stopped emailing you", [
      `Messages to ${email} bounced or were reported as unwanted, so we send nothing more to it. There is nothing else to do.`,
    ]);
  }
  return confirmActionPage(
    'Unsubscribe',
    `Stop all Gratitude Week emails to ${email}?`,
    action,
    'Unsubscribe',
    html`<p class="hint">Rather take a break? Reply PAUSE to any of our emails, and RESUME when you're ready.</p>`,
  );
}

export function unsubscribedPage(email: string): string {
  return messagePage("You're unsubscribed", [
    `We won't email ${email} again.`,
    'Thank you for the gratitude you shared.',
  ]);
}

export function deletedPage(): string {
  return messagePage(
    'Your data is deleted',
    [
      'Everything we kept about you is gone: your subscription, your replies and the people you thanked.',
      'The links in our earlier emails no longer work.',
    ],
    html`<p><a href="/">Back to the home page</a></p>`,
  );
}

// ---------------------------------------------------------------------------------------------
// Preferences

export function preferencesPage(input: {
  action: string;
  timezone: string;
  sendHour: number;
  saved?: boolean;
  error?: string;
}): string {
  // The action is this page's own URL, `/preferences?token=…`: the log lives at the same query.
  const query = input.action.slice(input.action.indexOf('?'));
  return layout(
    input.saved ? 'Preferences saved' : 'Your preferences',
    html`<h1>Your preferences</h1>
${input.saved ? html`<p class="status" role="status">Saved. Your next prompt follows the new time.</p>` : ''}
<form class="card" method="post" action="${input.action}">
${input.error ? html`<p class="error" role="alert">${input.error}</p>` : ''}
<label for="timezone">Time zone</label>
<select id="timezone" name="timezone">${timezoneOptions(input.timezone)}</select>
<label for="sendHour">Send the prompt at</label>
<select id="sendHour" name="sendHour" aria-describedby="time-hint">${hourOptions(input.sendHour)}</select>
<p class="hint" id="time-hint">In the time zone above.</p>
<button type="submit">Save</button>
</form>
<p><a href="/log${query}">Back to your log</a></p>`,
  );
}

// ---------------------------------------------------------------------------------------------
// Errors

/**
 * The page for a request that failed for a reason the person can act on: a title that names
 * what happened and a sentence on what to do. The status codes stay the caller's.
 */
export function errorPage(error: { status: number; code: string; message: string }): string {
  switch (error.code) {
    case 'expired_token':
      return messagePage(
        'This link has expired',
        [
          'Confirmation links last 7 days, and this one has expired.',
          'If you confirmed in time, there is nothing more to do: your prompts keep coming. If not, subscribe again with the same address and we will send you a fresh link.',
        ],
        subscribeAgain(),
      );
    case 'invalid_token':
      return messagePage(
        "This link doesn't work",
        [
          'This link is not valid: part of it may be missing or changed.',
          'Open it again from the newest Gratitude Week email. If your email app split the link over two lines, copy all of it into the address bar.',
        ],
        html`<p class="hint">Not subscribed yet? <a href="/">Start your week here</a>.</p>`,
      );
    case 'unknown_subscriber':
      return messagePage(
        "We can't find this subscription",
        [
          'It may have been deleted: when someone deletes their data, every link in their emails stops working.',
          'To start again, subscribe with your address.',
        ],
        subscribeAgain(),
      );
  }
  if (error.status === 429) {
    return messagePage('Please slow down', [error.message, 'Wait a minute, then try again.']);
  }
  return messagePage('Something is not right', [
    error.message,
    'Go back to the previous page, check what you entered and try again.',
  ]);
}

export function notFoundPage(): string {
  return messagePage(
    'Page not found',
    [
      'There is nothing at this address. If you followed a link from one of our emails, check that it is complete.',
    ],
    html`<p><a href="/">Go to the home page</a></p>`,
  );
}

/** A known address asked with the wrong method, e.g. a GET of a URL that only a button posts to. */
export function methodNotAllowedPage(): string {
  return messagePage(
    'Use the button on the page',
    [
      'This address only works from the button on its page. Open the link from your email again and press the button there.',
    ],
    html`<p><a href="/">Go to the home page</a></p>`,
  );
}
