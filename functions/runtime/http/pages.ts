/**
 * The HTML pages: one small accessible layout (semantic markup, labels, `lang`, readable at phone
 * width, no external assets) under a strict Content-Security-Policy. The only script fills the
 * time zone from the browser; the form works without it.
 */
import { createHash } from 'node:crypto';
import { html, type SafeHtml, trusted } from './html';

const STYLE = `
:root{color-scheme:light;--ink:#1f2328;--muted:#57606a;--accent:#8a3b12;--bg:#fdfaf6;--card:#fff;--line:#e4ddd3}
*{box-sizing:border-box}
body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:34rem;margin:0 auto;padding:2rem 1.25rem 3rem}
header{font-weight:700;letter-spacing:.02em;color:var(--accent);margin-bottom:1.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 1rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1.25rem}
label{display:block;font-weight:600;margin:1rem 0 .3rem}
.hint{color:var(--muted);font-size:.92rem;margin:.2rem 0 0}
input,select{width:100%;font:inherit;padding:.6rem .7rem;border:1px solid #8c959f;border-radius:8px;background:#fff;color:var(--ink)}
button{margin-top:1.25rem;font:inherit;font-weight:600;padding:.7rem 1.2rem;border:0;border-radius:8px;background:var(--accent);color:#fff;cursor:pointer;width:100%}
button.secondary{background:#fff;color:var(--accent);border:2px solid var(--accent)}
:focus-visible{outline:3px solid #0969da;outline-offset:2px}
.error{color:#a40e26}
footer{margin-top:2.5rem;color:var(--muted);font-size:.9rem}
table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:.4rem .3rem;border-bottom:1px solid var(--line);vertical-align:top}
`;

const TIMEZONE_SCRIPT = `(function(){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;var s=document.getElementById('timezone');if(z&&s){for(var i=0;i<s.options.length;i++){if(s.options[i].value===z){s.value=z;break}}}}catch(e){}})();`;

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
<title>${title} · Gratitude Week</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<main>
<header>Gratitude Week</header>
${body}
<footer><p>Seven days, seven thank-yous: reach out to one person a day and tell them what they mean to you.</p></footer>
</main>
${options.script ? trusted(`<script>${TIMEZONE_SCRIPT}</script>`) : ''}
</body>
</html>`.value;
}

let zoneOptions: SafeHtml | undefined;

function timezoneOptions(selected: string): SafeHtml {
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  if (selected === 'UTC' && zoneOptions) return zoneOptions;
  const options = html`${zones.map((z) => html`<option value="${z}"${z === selected ? html` selected` : ''}>${z.replace(/_/g, ' ')}</option>`)}`;
  if (selected === 'UTC') zoneOptions = options;
  return options;
}

function hourOptions(selected: number): SafeHtml {
  const hours = Array.from({ length: 24 }, (_, h) => h);
  return html`${hours.map((h) => html`<option value="${h}"${h === selected ? html` selected` : ''}>${String(h).padStart(2, '0')}:00</option>`)}`;
}

export function subscribePage(error?: { message: string; field: string | undefined }): string {
  return layout(
    'Start your week of gratitude',
    html`<h1>A week of thank-yous, one email a day</h1>
<p>For seven days you'll get a short prompt each morning: reach out to one person and thank them. Reply with whom you thanked, and at the end of the week you'll get a recap of everyone you reached.</p>
<form class="card" method="post" action="/subscribe" novalidate>
${error ? html`<p class="error" role="alert" id="form-error">${error.message}</p>` : ''}
<label for="email">Email address</label>
<input id="email" name="email" type="email" autocomplete="email" required${error?.field === 'email' ? html` aria-invalid="true" aria-describedby="form-error"` : ''}>
<label for="name">First name <span class="hint">(optional)</span></label>
<input id="name" name="name" type="text" autocomplete="given-name" maxlength="80">
<label for="timezone">Time zone</label>
<select id="timezone" name="timezone">${timezoneOptions('UTC')}</select>
<label for="sendHour">Send the prompt at</label>
<select id="sendHour" name="sendHour">${hourOptions(8)}</select>
<p class="hint">Your local time. You can change both later.</p>
<button type="submit">Start my week</button>
</form>`,
    { script: true },
  );
}

export function messagePage(title: string, paragraphs: string[], extra?: SafeHtml): string {
  return layout(title, html`<h1>${title}</h1>${paragraphs.map((p) => html`<p>${p}</p>`)}${extra ?? ''}`);
}

/** A page whose button POSTs back to the same URL: link scanners open GETs, people press buttons. */
export function confirmActionPage(title: string, text: string, action: string, button: string): string {
  return layout(
    title,
    html`<h1>${title}</h1><p>${text}</p>
<form class="card" method="post" action="${action}"><button type="submit">${button}</button></form>`,
  );
}

export function preferencesPage(input: { action: string; timezone: string; sendHour: number; saved?: boolean }): string {
  return layout(
    'Your preferences',
    html`<h1>Your preferences</h1>
${input.saved ? html`<p role="status">Saved. Your next prompt follows the new time.</p>` : ''}
<form class="card" method="post" action="${input.action}">
<label for="timezone">Time zone</label>
<select id="timezone" name="timezone">${timezoneOptions(input.timezone)}</select>
<label for="sendHour">Send the prompt at</label>
<select id="sendHour" name="sendHour">${hourOptions(input.sendHour)}</select>
<button type="submit">Save</button>
</form>`,
  );
}
