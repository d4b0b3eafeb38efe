/**
 * The HTML pages: one small accessible layout (semantic markup, landmarks, labels, `lang`, AA
 * contrast, readable at 360 px, no external assets) under a strict Content-Security-Policy. The
 * only script fills the time zone from the browser; every form works without it. Each page that
 * can meet a person in an unexpected state (an old link, a second visit) says what is going on
 * and what to do next. Every page is written in one language (`<html lang>`), chosen by the
 * caller: the person's own for signed links, else `?lang=` or the browser's preference.
 */
import { createHash } from 'node:crypto';
import { html, type SafeHtml, trusted } from '../../adapters/templates/format';
import {
  DEFAULT_LANGUAGE,
  formatHour,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  zoneName,
} from '../../core/language';
import { pageMessages } from '../../core/messages';
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
.share dt{font-weight:600;margin:.4rem 0 0}
.qr{max-width:14rem;margin:.5rem 0 1rem;background:#fff;padding:.25rem;border:1px solid var(--line);border-radius:8px}
.qr svg{display:block;width:100%;height:auto}
.share dd{margin:.1rem 0 0;overflow-wrap:anywhere}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.2rem;letter-spacing:.08em}
.numbers{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
.numbers caption{text-align:left;font-weight:600;margin:0 0 .3rem}
.numbers th,.numbers td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left}
.tally{margin:0 0 1rem}
.tally figcaption{margin:0 0 .4rem}
.tally svg{display:block;max-width:24rem;height:auto}
.check{display:flex;gap:.6rem;align-items:flex-start;margin:1.25rem 0 0}
.check input{width:1.4rem;height:1.4rem;min-height:0;margin:.15rem 0 0;flex:none;accent-color:var(--accent)}
.check label{margin:0;font-weight:400}
.edit{margin:.6rem 0 0;padding:.5rem .7rem;border:1px solid var(--line);border-radius:8px;background:var(--card)}
.edit label{margin:0 0 .3rem;font-size:.92rem}
.edit button{display:inline-block;width:auto;margin:.5rem .5rem 0 0;padding:.45rem .9rem}
.links{padding-left:1.2rem}
.links li{margin:.3rem 0}
.languages{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.languages a{display:inline-block;padding:.35rem 0;min-height:2.75rem;line-height:2}
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

export function layout(
  title: string,
  body: SafeHtml,
  options: { script?: boolean; language?: Language } = {},
): string {
  const language = options.language ?? DEFAULT_LANGUAGE;
  const t = pageMessages(language).pages;
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${title} · ${t.titleSuffix}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<header><a href="/?lang=${language}">${t.titleSuffix}</a></header>
<main>
${body}
</main>
<footer><p>${t.footer}</p></footer>
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

export function timezoneOptions(selected: string): SafeHtml {
  if (selected === 'UTC' && utcOptions) return utcOptions;
  // A zone valid for the server but missing from this runtime's list (an alias such as
  // Asia/Kolkata where ICU lists Asia/Calcutta) is kept as the first option: otherwise the form
  // would show UTC and saving it would silently move the person.
  const list = zones().includes(selected) || selected === '' ? zones() : [selected, ...zones()];
  const options = html`${list.map(
    (z) => html`<option value="${z}"${z === selected ? html` selected` : ''}>${zoneName(z)}</option>`,
  )}`;
  if (selected === 'UTC') utcOptions = options;
  return options;
}

function hourOptions(selected: number, language: Language): SafeHtml {
  const hours = Array.from({ length: 24 }, (_, h) => h);
  return html`${hours.map(
    (h) =>
      html`<option value="${h}"${h === selected ? html` selected` : ''}>${formatHour(h, language)}</option>`,
  )}`;
}

/** Each language named in itself, so that someone who cannot read the page still finds theirs. */
function languageOptions(selected: Language): SafeHtml {
  return html`${LANGUAGES.map(
    (l) =>
      html`<option value="${l}" lang="${l}"${l === selected ? html` selected` : ''}>${LANGUAGE_NAMES[l]}</option>`,
  )}`;
}

/** Links to this page in the other languages. */
function languageLinks(current: Language): SafeHtml {
  const others = LANGUAGES.filter((l) => l !== current);
  return html`<nav aria-label="${pageMessages(current).pages.languageNav}"><ul class="languages">${others.map(
    (l) => html`<li><a href="/?lang=${l}" lang="${l}" hreflang="${l}">${LANGUAGE_NAMES[l]}</a></li>`,
  )}</ul></nav>`;
}

/**
 * A field's description, and for the field an error names: the attributes that tie it to the
 * message above the form, and focus it (the page is a fresh load: without JavaScript, autofocus
 * is how the person lands on what needs fixing).
 */
export function described(
  field: string,
  error: { field: string | undefined } | undefined,
  hint?: string,
): SafeHtml {
  const ids = [error?.field === field ? 'form-error' : '', hint ?? ''].filter((id) => id !== '').join(' ');
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${error?.field === field ? html` aria-invalid="true" autofocus` : ''}`;
}

export const text = (value: unknown) => (typeof value === 'string' ? value : '');

export interface SubscribeValues {
  email?: unknown;
  name?: unknown;
  timezone?: unknown;
  sendHour?: unknown;
  language?: unknown;
}

/** The form at `/`; after an error it comes back filled in with what was sent. */
/** The join page of a group: the subscribe form naming the group, its code carried along. */
export interface JoinInfo {
  code: string;
  title: string;
  intro: string;
}

export function subscribePage(
  error?: { message: string; field: string | undefined },
  values: SubscribeValues = {},
  language: Language = DEFAULT_LANGUAGE,
  join?: JoinInfo,
): string {
  const t = pageMessages(language).pages.subscribe;
  const zone = text(values.timezone);
  const chosenZone = zone !== '' && zones().includes(zone);
  const hour = Number(text(values.sendHour) || 8);
  const sendHour = Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 8;
  const chosen = text(values.language);
  const emailLanguage = (LANGUAGES as readonly string[]).includes(chosen) ? (chosen as Language) : language;
  return layout(
    error ? t.titleError : (join?.title ?? t.title),
    html`<h1>${join?.title ?? t.heading}</h1>
<p>${join?.intro ?? t.intro}</p>
<form class="card" method="post" action="/subscribe" novalidate>
${error ? html`<p class="error" role="alert" id="form-error">${error.message}</p>` : ''}
${join ? html`<input type="hidden" name="group" value="${join.code}">` : ''}
<label for="email">${t.email}</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${text(values.email)}"${described('email', error)}>
<label for="name">${t.name} <span class="hint">${t.optional}</span></label>
<input id="name" name="name" type="text" autocomplete="given-name" maxlength="80" value="${text(values.name)}"${described('name', error)}>
<label for="timezone">${t.timezone}</label>
<select id="timezone" name="timezone"${chosenZone ? html` data-chosen` : ''}${described('timezone', error, 'time-hint')}>${timezoneOptions(chosenZone ? zone : 'UTC')}</select>
<label for="sendHour">${t.sendHour}</label>
<select id="sendHour" name="sendHour"${described('sendHour', error, 'time-hint')}>${hourOptions(sendHour, language)}</select>
<p class="hint" id="time-hint">${t.timeHint}</p>
<label for="language">${t.language}</label>
<select id="language" name="language"${described('language', error)}>${languageOptions(emailLanguage)}</select>
<button type="submit">${t.submit}</button>
</form>
<p class="hint">${t.afterForm}</p>
${join ? '' : html`<p>${pageMessages(language).groups.homeLead} <a href="/groups?lang=${language}">${pageMessages(language).groups.homeLink}</a></p>`}
${languageLinks(language)}`,
    { script: true, language },
  );
}

// ---------------------------------------------------------------------------------------------
// Simple pages

type Paragraph = string | SafeHtml;

export function messagePage(
  title: string,
  paragraphs: Paragraph[],
  extra?: SafeHtml,
  language: Language = DEFAULT_LANGUAGE,
): string {
  return layout(title, html`<h1>${title}</h1>${paragraphs.map((p) => html`<p>${p}</p>`)}${extra ?? ''}`, {
    language,
  });
}

/** A page whose button POSTs back to the same URL: link scanners open GETs, people press buttons. */
export function confirmActionPage(
  title: string,
  text: Paragraph,
  action: string,
  button: string,
  after?: SafeHtml,
  language: Language = DEFAULT_LANGUAGE,
): string {
  return layout(
    title,
    html`<h1>${title}</h1><p>${text}</p>
<form class="card" method="post" action="${action}"><button type="submit">${button}</button></form>${after ?? ''}`,
    { language },
  );
}

const homeLink = (label: string, language: Language) => html`<a href="/?lang=${language}">${label}</a>`;
const subscribeAgain = (label: string, language: Language) =>
  html`<p><a class="button" href="/?lang=${language}">${label}</a></p>`;

export function checkInboxPage(language: Language = DEFAULT_LANGUAGE): string {
  const t = pageMessages(language).pages.checkInbox;
  return messagePage(
    t.title,
    t.body,
    html`<p class="hint">${t.typo} ${homeLink(t.back, language)} ${t.backAfter}</p>`,
    language,
  );
}

type Status = Subscriber['status'];

/** A confirm link of someone who unsubscribed (or bounced) after it was sent. */
function stoppedSinceLink(language: Language): string {
  const t = pageMessages(language).pages;
  return messagePage(
    t.stoppedSince.title,
    [t.stoppedSince.body],
    subscribeAgain(t.subscribeAgain, language),
    language,
  );
}

/** GET /confirm: the button for a pending subscription; a calm word for any other state. */
export function confirmPage(status: Status, action: string, language: Language = DEFAULT_LANGUAGE): string {
  const t = pageMessages(language).pages;
  switch (status) {
    case 'pending':
      return confirmActionPage(
        t.confirm.title,
        t.confirm.body,
        action,
        t.confirm.button,
        undefined,
        language,
      );
    case 'active':
    case 'paused':
      return messagePage(t.confirm.alreadyTitle, [t.confirm.already], undefined, language);
    case 'completed':
      return messagePage(
        t.confirm.completeTitle,
        [t.confirm.completeLink],
        subscribeAgain(t.startNewWeek, language),
        language,
      );
    default:
      return stoppedSinceLink(language);
  }
}

/**
 * POST /confirm: what the confirmation did (nothing, for a subscription that was stopped). The
 * words are the ones a confirming reply gets by email.
 */
export function confirmedPage(
  status: Status,
  firstPrompt: string | null,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const copy = pageMessages(language);
  const t = copy.pages;
  switch (status) {
    case 'pending': // not after a confirmation; worded as a success all the same
    case 'active':
      return messagePage(
        copy.confirmed.heading,
        [
          firstPrompt ? copy.confirmed.firstPrompt(firstPrompt) : copy.confirmed.noDate,
          copy.confirmed.howItWorks,
        ],
        undefined,
        language,
      );
    case 'paused':
      return messagePage(copy.confirmed.pausedHeading, [copy.confirmed.paused], undefined, language);
    case 'completed':
      return messagePage(
        t.confirm.completeTitle,
        [t.confirm.completeNothing],
        subscribeAgain(t.startNewWeek, language),
        language,
      );
    default:
      return stoppedSinceLink(language);
  }
}

/** GET /unsubscribe: the button, or, on a second visit, a calm "already done". */
export function unsubscribePage(
  status: Status,
  email: string,
  action: string,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = pageMessages(language).pages;
  const u = t.unsubscribe;
  if (status === 'unsubscribed') {
    return messagePage(
      u.alreadyTitle,
      [u.already(email), u.changedMind],
      subscribeAgain(t.startNewWeek, language),
      language,
    );
  }
  if (status === 'suppressed') {
    return messagePage(u.suppressedTitle, [u.suppressed(email)], undefined, language);
  }
  return confirmActionPage(
    u.title,
    u.question(email),
    action,
    u.button,
    html`<p class="hint">${u.pauseHint}</p>`,
    language,
  );
}

export function unsubscribedPage(email: string, language: Language = DEFAULT_LANGUAGE): string {
  const u = pageMessages(language).pages.unsubscribe;
  return messagePage(u.doneTitle, [u.done(email), u.thanks], undefined, language);
}

export function deletedPage(language: Language = DEFAULT_LANGUAGE): string {
  const t = pageMessages(language).pages;
  return messagePage(
    t.deleted.title,
    t.deleted.body,
    html`<p>${homeLink(t.backHome, language)}</p>`,
    language,
  );
}

/** The reconnect email's one-click link: a button that turns it off, and what that leaves. */
export function reconnectOffPage(action: string, language: Language = DEFAULT_LANGUAGE): string {
  const r = pageMessages(language).pages.reconnect;
  return confirmActionPage(
    r.title,
    r.question,
    action,
    r.button,
    html`<p class="hint">${r.explain}</p>`,
    language,
  );
}

export function reconnectOffDonePage(preferencesUrl: string, language: Language = DEFAULT_LANGUAGE): string {
  const t = pageMessages(language).pages;
  return messagePage(
    t.reconnect.doneTitle,
    [t.reconnect.done],
    html`<p><a href="${preferencesUrl}">${t.preferences.title}</a></p>`,
    language,
  );
}

// ---------------------------------------------------------------------------------------------
// Preferences

export function preferencesPage(input: {
  action: string;
  timezone: string;
  sendHour: number;
  /** Whether the check-in email comes a month after the week. */
  reconnect: boolean;
  language?: Language;
  saved?: boolean;
  error?: string;
}): string {
  const language = input.language ?? DEFAULT_LANGUAGE;
  const t = pageMessages(language).pages.preferences;
  // The action is this page's own URL, `/preferences?token=…`: the log lives at the same query.
  const query = input.action.slice(input.action.indexOf('?'));
  return layout(
    input.saved ? t.savedTitle : t.title,
    html`<h1>${t.title}</h1>
${input.saved ? html`<p class="status" role="status">${t.saved}</p>` : ''}
<form class="card" method="post" action="${input.action}">
${input.error ? html`<p class="error" role="alert">${input.error}</p>` : ''}
<label for="timezone">${t.timezone}</label>
<select id="timezone" name="timezone">${timezoneOptions(input.timezone)}</select>
<label for="sendHour">${t.sendHour}</label>
<select id="sendHour" name="sendHour" aria-describedby="time-hint">${hourOptions(input.sendHour, language)}</select>
<p class="hint" id="time-hint">${t.timeHint}</p>
<label for="language">${t.language}</label>
<select id="language" name="language">${languageOptions(language)}</select>
<input type="hidden" name="reconnectShown" value="1">
<p class="check"><input type="checkbox" id="reconnect" name="reconnect" value="on"${input.reconnect ? trusted(' checked') : ''}><label for="reconnect">${t.reconnect}</label></p>
<button type="submit">${t.save}</button>
</form>
<p><a href="/log${query}">${t.backToLog}</a></p>`,
    { language },
  );
}

// ---------------------------------------------------------------------------------------------
// Errors

/**
 * The page for a request that failed for a reason the person can act on: a title that names
 * what happened and a sentence on what to do. The status codes stay the caller's; `message` is
 * already in the page's language.
 */
export function errorPage(
  error: { status: number; code: string; message: string },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = pageMessages(language).pages;
  const e = t.errors;
  switch (error.code) {
    case 'expired_token':
      return messagePage(e.expiredTitle, e.expired, subscribeAgain(t.subscribeAgain, language), language);
    case 'invalid_token':
      return messagePage(
        e.invalidTitle,
        e.invalid,
        html`<p class="hint">${e.notSubscribed} ${homeLink(e.startHere, language)}.</p>`,
        language,
      );
    case 'unknown_subscriber':
      return messagePage(e.unknownTitle, e.unknown, subscribeAgain(t.subscribeAgain, language), language);
  }
  if (error.status === 429) {
    return messagePage(e.slowDownTitle, [error.message, e.slowDown], undefined, language);
  }
  return messagePage(e.wrongTitle, [error.message, e.wrong], undefined, language);
}

export function notFoundPage(language: Language = DEFAULT_LANGUAGE): string {
  const t = pageMessages(language).pages;
  return messagePage(
    t.errors.notFoundTitle,
    [t.errors.notFound],
    html`<p>${homeLink(t.home, language)}</p>`,
    language,
  );
}

/** A known address asked with the wrong method, e.g. a GET of a URL that only a button posts to. */
export function methodNotAllowedPage(language: Language = DEFAULT_LANGUAGE): string {
  const t = pageMessages(language).pages;
  return messagePage(
    t.errors.methodTitle,
    [t.errors.method],
    html`<p>${homeLink(t.home, language)}</p>`,
    language,
  );
}

/** The page for a dependency that is down for now: come back in a minute, nothing was lost. */
export function serviceUnavailablePage(language: Language = DEFAULT_LANGUAGE): string {
  const copy = pageMessages(language);
  return messagePage(
    copy.pages.errors.unavailableTitle,
    [copy.errors.service_unavailable],
    undefined,
    language,
  );
}

/** The page for an unexpected failure: no detail, a sentence on what to do. */
export function internalErrorPage(language: Language = DEFAULT_LANGUAGE): string {
  const copy = pageMessages(language);
  return messagePage(copy.pages.errors.internalTitle, [copy.errors.internal_error], undefined, language);
}
