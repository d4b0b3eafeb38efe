/**
 * The simulated week behind `npm run demo`, on the real local stack started in this process:
 * DynamoDB Local (in memory), the SES emulator, inbound SMTP and the HTTP app on free ports, with
 * a throwaway LOCAL_DATA_DIR and the scheduler loop off, so that the demo drives time itself.
 *
 * Everything goes through the service's front doors: `POST /subscribe`, the confirm page, replies
 * over SMTP to each email's Reply-To, and one scheduler pass per planned send (what
 * `gratitude tick --at` runs). What the result reports is read back from the service (the
 * `gratitude export` path: the store and `weekLog`) and from the SES emulator's `/store`, never
 * from what this script meant to happen.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { parseEmailAddress } from '../core/email-address';
import { planWeek, type WeekPlan } from '../core/schedule';
import type { Subscriber } from '../core/subscriber';
import type { Deps } from '../core/use-cases/deps';
import { type WeekLog, weekLog } from '../core/use-cases/week-log';
import { ENV } from '../runtime/env';
import { CAST, type CastMember, type DayAction, ORGANIZER, REPLY_DELAY_MINUTES } from './demo-cast';
import { type ComposedReply, composeAutoReply, composeReply, type OriginalEmail } from './demo-mail';
import { applyLocalEnv, LOCAL_ENV, localConfig } from './local-env';
import { freePorts, type LocalHandlers, type LocalStack, type Logger, startLocalStack } from './services';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** An email as the SES emulator keeps it (`GET /store`). */
export interface StoredEmail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[] };
  subject: string;
  body: { html?: string; text?: string };
  headers?: { name: string; value: string }[];
  /** Real seconds since the epoch: the emulator knows nothing of simulated time. */
  at: number;
}

export type EmailKind = 'welcome' | 'prompt' | 'recap' | 'receipt' | 'goodbye' | 'other';

/** One email the service sent, in order, with the simulated moment of the step that caused it. */
export interface DemoEmail {
  seq: number;
  person: string;
  kind: EmailKind;
  /** The prompt's day, or the day a receipt answers. */
  day: number | null;
  simulatedAt: string;
  stored: StoredEmail;
}

/** One message this script sent to the inbound SMTP server. */
export interface DemoReply {
  seq: number;
  person: string;
  /** 0 for the answer to the welcome. */
  day: number;
  kind: 'confirm' | 'reply' | 'auto-reply' | 'stop';
  client: CastMember['client'];
  subject: string;
  simulatedAt: string;
  raw: Buffer;
}

export interface DemoPass {
  at: string;
  due: number;
  sent: number;
}

export interface DemoPerson {
  cast: CastMember;
  /** The week planned by the service's own schedule for their confirmation instant. */
  plan: { sends: string[]; recap: string };
  /** The service's account of their week (`gratitude export`). */
  log: WeekLog;
  recap: { subject: string; text: string; sentAt: string } | null;
}

export interface DemoResult {
  people: DemoPerson[];
  emails: DemoEmail[];
  replies: DemoReply[];
  passes: DemoPass[];
  dataDir: string;
  ports: { http: number; ses: number; smtp: number; dynamoDb: number };
  /** Milliseconds until the stack answered, and for the whole run up to the read-back. */
  readyMs: number;
  elapsedMs: number;
}

export interface DemoOptions {
  signal?: AbortSignal;
  /** Called with each progress line as the week unfolds. */
  progress?: (line: string) => void;
}

/** The service did something the demo cannot go on from; the message says what. */
export class DemoError extends Error {
  override readonly name = 'DemoError';
}

/** Ctrl-C (or the caller's abort) between two steps. */
export class DemoInterrupted extends Error {
  override readonly name = 'DemoInterrupted';
  constructor() {
    super('interrupted');
  }
}

/**
 * Runs the whole week and returns what the service did. The stack is stopped and the temporary
 * data directory removed before this settles, whether it succeeds, fails or is aborted. Like
 * `npm start`, it points this process's environment at the local stack (`applyLocalEnv`): run it
 * in a process of its own.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const { signal } = options;
  const say = options.progress ?? (() => {});
  const started = performance.now();
  const dataDir = await mkdtemp(join(tmpdir(), 'gratitude-demo-'));
  let stack: LocalStack | undefined;
  let mailer: Transporter | undefined;
  try {
    const ports = await distinctFreePorts();
    const config = localConfig({
      ...process.env,
      [LOCAL_ENV.port]: String(ports.http),
      [LOCAL_ENV.sesPort]: String(ports.ses),
      [LOCAL_ENV.smtpPort]: String(ports.smtp),
      [LOCAL_ENV.dynamoDbPort]: String(ports.dynamoDb),
      [LOCAL_ENV.dataDir]: dataDir,
      // 127.0.0.1 rather than localhost: links are followed by this process's fetch.
      [LOCAL_ENV.publicUrl]: `http://127.0.0.1:${ports.http}`,
      // The demo runs every pass itself, at simulated instants.
      [LOCAL_ENV.schedulerIntervalMs]: '0',
    });
    // Before the handlers load: their SDK clients and configuration read it at module scope.
    applyLocalEnv(config);
    // The whole week's replies arrive within seconds here: one day's allowance of receipts would
    // not answer them all.
    process.env[ENV.receiptsPerDay] = '20';

    say('Starting DynamoDB Local (in memory), the SES emulator, inbound SMTP and the HTTP app…');
    let handlers: LocalHandlers | undefined;
    stack = await startLocalStack({
      config,
      inMemory: true,
      signal,
      logger: quietLogger,
      loadHandlers: async () => {
        handlers = (await import('./invoke')) as LocalHandlers;
        return handlers;
      },
    });
    if (!handlers) throw new DemoError('the handlers did not load');
    const readyMs = Math.round(performance.now() - started);
    say(`  ready in ${(readyMs / 1000).toFixed(1)} s · temporary data in ${dataDir}`);
    checkAborted(signal);

    const { deps } = await import('../runtime/container');
    mailer = nodemailer.createTransport({
      host: config.host,
      port: config.ports.smtp,
      secure: false,
      ignoreTLS: true,
    });
    const world = new World({
      deps: await deps(),
      handlers,
      appUrl: config.publicUrl,
      sesUrl: stack.ses.url,
      smtp: mailer,
      say,
      signal,
    });

    await world.createGroup();
    await world.subscribeEveryone();
    await world.simulateWeek();
    await world.groupDashboard();
    const people = await world.readBack();
    return {
      people,
      emails: world.emails,
      replies: world.replies,
      passes: world.passes,
      dataDir,
      ports: config.ports,
      readyMs,
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    mailer?.close();
    await stack?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

// The stack's own log lines would interleave with the progress; only its errors matter here.
const quietLogger: Logger = {
  info: () => {},
  error: (message, error) => console.error(message, ...(error === undefined ? [] : [error])),
};

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DemoInterrupted();
}

/** Four free ports, one for each part. */
async function distinctFreePorts(): Promise<DemoResult['ports']> {
  const [http = 0, ses = 0, smtp = 0, dynamoDb = 0] = await freePorts(4);
  return { http, ses, smtp, dynamoDb };
}

interface WorldParts {
  deps: Deps;
  handlers: LocalHandlers;
  appUrl: string;
  sesUrl: string;
  smtp: Transporter;
  say: (line: string) => void;
  signal: AbortSignal | undefined;
}

/** One participant's week as the pass loop needs it. */
interface Scheduled {
  cast: CastMember;
  plan: WeekPlan;
}

/** The running scenario: what has been sent each way so far, and the steps of the week. */
class World {
  readonly emails: DemoEmail[] = [];
  readonly replies: DemoReply[] = [];
  readonly passes: DemoPass[] = [];
  private seen = 0;
  private scheduled: Scheduled[] = [];
  /** The demo's group once its organizer confirmed it. */
  private group: { code: string; dashboardUrl: string } | null = null;
  private readonly nameWidth = Math.max(...CAST.map((c) => firstName(c).length));

  constructor(private readonly parts: WorldParts) {}

  // -------------------------------------------------------------------------------------------
  // Subscribing and confirming

  /**
   * The organizer creates the group (POST /groups), confirms it on its page, and is sent the join
   * link and the dashboard link: everyone then joins with its code.
   */
  async createGroup(): Promise<void> {
    const { say, appUrl } = this.parts;
    const now = new Date();
    const startDate = new Date(now.getTime() + 2 * DAY_MS).toISOString().slice(0, 10);
    say('');
    say(`${ORGANIZER.email} creates the group "${ORGANIZER.group}" starting ${startDate} (POST /groups)`);
    const created = await fetch(`${appUrl}/groups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        organizerEmail: ORGANIZER.email,
        name: ORGANIZER.group,
        startDate,
        timezone: ORGANIZER.timezone,
      }),
    });
    const answer = await created.text();
    if (created.status !== 202)
      throw new DemoError(`POST /groups answered ${created.status}: ${answer.slice(0, 300)}`);
    const link = (pattern: RegExp, emails: DemoEmail[]) =>
      emails.map((e) => pattern.exec(e.stored.body.text ?? '')?.[0]).find((url) => url !== undefined);
    const confirmUrl = link(
      /https?:\/\/\S+\/groups\/confirm\?token=[A-Za-z0-9._~-]+/,
      await this.collect(now, () => 'other'),
    );
    if (!confirmUrl) throw new DemoError(`no group confirmation link reached ${ORGANIZER.email}`);
    await (await fetch(confirmUrl)).arrayBuffer();
    const pressed = await fetch(confirmUrl, { method: 'POST' });
    await pressed.arrayBuffer();
    if (pressed.status !== 200) throw new DemoError(`confirming the group answered ${pressed.status}`);
    const ready = await this.collect(now, () => 'other');
    const joinUrl = link(/https?:\/\/\S+\/join\/[0-9a-z]+/, ready);
    const dashboardUrl = link(/https?:\/\/\S+\/groups\/dashboard\?token=[A-Za-z0-9._~-]+/, ready);
    if (!joinUrl || !dashboardUrl)
      throw new DemoError(`no join or dashboard link reached ${ORGANIZER.email}`);
    this.group = { code: joinUrl.slice(joinUrl.lastIndexOf('/') + 1), dashboardUrl };
    say(`  confirmed on the page → join link ${joinUrl}`);
  }

  /** The organizer's dashboard after the week: counts only. */
  async groupDashboard(): Promise<void> {
    if (!this.group) return;
    const { say } = this.parts;
    const url = new URL(this.group.dashboardUrl);
    const response = await fetch(`${url.origin}/groups/dashboard.json${url.search}`);
    const body = await response.text();
    if (response.status !== 200) throw new DemoError(`the group dashboard answered ${response.status}`);
    const dashboard = JSON.parse(body) as {
      members: number;
      thanksTotal: number | null;
      days: { replied: number }[];
    };
    const summary = this.emails.filter((e) =>
      e.stored.destination.to.some((to) => to.includes(ORGANIZER.email)),
    );
    say('');
    say(
      `Group dashboard: ${dashboard.members} members, ${dashboard.thanksTotal ?? 'no'} people thanked, ` +
        `replies per day ${dashboard.days.map((d) => d.replied).join(' ')} · ${summary.length} emails to the organizer`,
    );
  }

  async subscribeEveryone(): Promise<void> {
    const { say } = this.parts;
    say('');
    say(
      `Subscribing ${CAST.length} people (POST /subscribe${this.group ? ` with the group's code` : ''}), then confirming`,
    );
    for (const cast of CAST) {
      checkAborted(this.parts.signal);
      const now = new Date();
      const how = await this.subscribe(cast);
      const [welcome] = await this.collect(now, () => 'welcome', cast);
      if (!welcome) throw new DemoError(`no welcome email reached ${cast.email} after subscribing`);
      const confirmedBy = await this.confirm(cast, welcome, now);
      const sub = await this.subscriber(cast);
      if (sub.status !== 'active' || sub.confirmedAt === null) {
        throw new DemoError(
          `${cast.email} is ${sub.status} after confirming ${confirmedBy}; expected active`,
        );
      }
      // The service's own schedule from the day 1 it chose (a group's start date, at their hour).
      const dayOne =
        sub.nextSendAt === null ? new Date(sub.confirmedAt) : new Date(Date.parse(sub.nextSendAt) - 1);
      const plan = planWeek({ timezone: cast.timezone, sendHour: cast.sendHour, confirmedAt: dayOne });
      this.scheduled.push({ cast, plan });
      say(`  ${cast.name} · ${cast.timezone} at ${hh(cast.sendHour)} · ${how}`);
      say(
        `    confirmed ${confirmedBy} → ${sub.status} · Day 1 due ${formatLocal(plan.sends[0], cast.timezone)} local`,
      );
    }
  }

  private async subscribe(cast: CastMember): Promise<string> {
    const fields = {
      email: cast.email,
      name: cast.name,
      timezone: cast.timezone,
      sendHour: String(cast.sendHour),
      ...(cast.language ? { language: cast.language } : {}),
      ...(this.group ? { group: this.group.code } : {}),
    };
    const url = `${this.parts.appUrl}/subscribe`;
    const response =
      cast.subscribeWith === 'form'
        ? await fetch(url, { method: 'POST', body: new URLSearchParams(fields) })
        : await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...fields, sendHour: cast.sendHour }),
          });
    const body = await response.text();
    if (response.status !== 202) {
      throw new DemoError(
        `POST /subscribe for ${cast.email} answered ${response.status}: ${body.slice(0, 300)}`,
      );
    }
    return cast.subscribeWith === 'form' ? 'subscribed by form post → 202' : 'subscribed with JSON → 202';
  }

  private async confirm(cast: CastMember, welcome: DemoEmail, at: Date): Promise<string> {
    if (cast.confirmBy === 'reply') {
      const replyTo = welcome.stored.replyTo[0];
      if (!replyTo) throw new DemoError(`the welcome to ${cast.email} has no Reply-To`);
      const reply = await composeReply(cast, original(welcome, at), cast.welcomeReply ?? 'Yes!', replyTo, at);
      await this.deliver(cast, 0, 'confirm', reply, at);
      await this.collect(at, () => 'other', cast);
      return `by replying (${clientName(cast)})`;
    }
    const link = /https?:\/\/\S+\/confirm\?token=[A-Za-z0-9._~-]+/.exec(welcome.stored.body.text ?? '')?.[0];
    if (!link) throw new DemoError(`the welcome to ${cast.email} has no confirm link`);
    // As a person would: open the page (which changes nothing), then press its button.
    const page = await fetch(link);
    await page.arrayBuffer();
    const pressed = await fetch(link, { method: 'POST' });
    const answer = await pressed.text();
    if (page.status !== 200 || pressed.status !== 200) {
      throw new DemoError(
        `the confirm page for ${cast.email} answered GET ${page.status} / POST ${pressed.status}: ${answer.slice(0, 300)}`,
      );
    }
    await this.collect(at, () => 'other', cast);
    return 'on the page';
  }

  // -------------------------------------------------------------------------------------------
  // The week

  async simulateWeek(): Promise<void> {
    const { say, handlers } = this.parts;
    // One pass at each planned instant (prompts and recaps), several people sharing an instant
    // sharing the pass: exactly what `gratitude tick --at` would be asked to do.
    const byInstant = new Map<number, { who: Scheduled; day: number }[]>();
    for (const who of this.scheduled) {
      [...who.plan.sends, who.plan.recap].forEach((at, index) => {
        const list = byInstant.get(at.getTime()) ?? [];
        list.push({ who, day: index + 1 });
        byInstant.set(at.getTime(), list);
      });
    }
    const instants = [...byInstant.keys()].sort((a, b) => a - b);
    say('');
    say(
      `Simulating the week: ${instants.length} scheduler passes, one at each planned send (as \`gratitude tick --at\`)`,
    );

    let lastDate = '';
    for (const ms of instants) {
      checkAborted(this.parts.signal);
      const at = new Date(ms);
      const date = formatUtcDate(at);
      if (date !== lastDate) {
        say(`${date} (UTC)`);
        lastDate = date;
      }
      const { due, sent } = await handlers.runSchedulerPass(at);
      this.passes.push({ at: at.toISOString(), due, sent });
      const fresh = await this.collect(at, (email) =>
        promptDay(email.subject) === null ? 'recap' : 'prompt',
      );
      for (const { who, day } of byInstant.get(ms) ?? []) {
        const mine = fresh.filter((email) => email.person === who.cast.key);
        const line =
          day <= 7 ? await this.onPrompt(who.cast, day, mine, at) : await this.onRecap(who.cast, mine, at);
        say(`  ${formatUtcTime(at)}  ${this.pad(firstName(who.cast))}  ${line}`);
      }
    }

    // A day after the last planned email: nothing may be left to send, for anyone.
    const after = new Date((instants.at(-1) ?? Date.now()) + DAY_MS);
    const { due, sent } = await handlers.runSchedulerPass(after);
    this.passes.push({ at: after.toISOString(), due, sent });
    const stray = await this.collect(after, () => 'other');
    say(
      `  ${formatUtcDate(after)} ${formatUtcTime(after)}  one more pass, a day later: due ${due}, sent ${sent}` +
        (stray.length === 0 ? ' (nothing left to send)' : ` (UNEXPECTED: ${stray.length} email(s))`),
    );
  }

  private async onPrompt(cast: CastMember, day: number, mine: DemoEmail[], at: Date): Promise<string> {
    const prompt = mine.find((email) => email.kind === 'prompt');
    const where = `${formatLocalTime(at, cast.timezone)} ${city(cast.timezone)}`;
    if (!prompt) {
      const sub = await this.subscriber(cast);
      return `Day ${day} (${where}): nothing sent, status ${sub.status}`;
    }
    const sentDay = promptDay(prompt.stored.subject) ?? 0;
    const heading = `${prompt.stored.subject.split(':')[0]} sent ${where}${sentDay === day ? '' : ` (planned: Day ${day})`}`;
    const action: DayAction = cast.days[sentDay - 1] ?? { kind: 'none' };
    if (action.kind === 'none') return `${heading} · no reply`;

    const replyAt = new Date(at.getTime() + (REPLY_DELAY_MINUTES[sentDay - 1] ?? 30) * MINUTE_MS);
    const replyTo = prompt.stored.replyTo[0];
    if (!replyTo) throw new DemoError(`the Day ${sentDay} prompt to ${cast.email} has no Reply-To`);
    const from = original(prompt, at);
    if (action.kind === 'auto-reply') {
      const reply = await composeAutoReply(cast, from, action.text, replyTo, replyAt);
      await this.deliver(cast, sentDay, 'auto-reply', reply, replyAt);
      const answers = await this.collect(replyAt, () => 'other', cast);
      const logged = await this.loggedFor(cast, sentDay);
      const verdict =
        logged.length === 0 && answers.length === 0
          ? 'ignored (nothing logged, no answer)'
          : `NOT ignored: logged ${describe(logged) || 'nothing'}, ${answers.length} answer(s)`;
      return `${heading} · out-of-office auto-reply → ${verdict}`;
    }
    if (action.kind === 'stop') {
      const reply = await composeReply(cast, from, 'STOP', replyTo, replyAt);
      await this.deliver(cast, sentDay, 'stop', reply, replyAt);
      const answers = await this.collect(replyAt, () => 'goodbye', cast);
      const sub = await this.subscriber(cast);
      const answer = answers[0] ? `, answered "${answers[0].stored.subject}"` : ', no answer';
      return `${heading} · ${clientName(cast)} reply "STOP" → ${sub.status}${answer}`;
    }
    const reply = await composeReply(cast, from, action.text, replyTo, replyAt);
    await this.deliver(cast, sentDay, 'reply', reply, replyAt);
    await this.collect(replyAt, () => 'receipt', cast, sentDay);
    const logged = await this.loggedFor(cast, sentDay);
    return `${heading} · ${clientName(cast)} reply → ${logged.length > 0 ? `logged ${describe(logged)}` : 'nobody logged'}`;
  }

  private async onRecap(cast: CastMember, mine: DemoEmail[], at: Date): Promise<string> {
    const recap = mine.find((email) => email.kind === 'recap');
    const where = `${formatLocalTime(at, cast.timezone)} ${city(cast.timezone)}`;
    if (recap) return `Recap sent ${where}: "${recap.stored.subject}"`;
    const sub = await this.subscriber(cast);
    return `Recap due ${where}: nothing sent, status ${sub.status}`;
  }

  // -------------------------------------------------------------------------------------------
  // Reading back

  async readBack(): Promise<DemoPerson[]> {
    const people: DemoPerson[] = [];
    for (const { cast, plan } of this.scheduled) {
      const log = await weekLog(this.parts.deps, await this.subscriber(cast));
      const recapEmail = this.emails.find((email) => email.person === cast.key && email.kind === 'recap');
      people.push({
        cast,
        plan: { sends: plan.sends.map((d) => d.toISOString()), recap: plan.recap.toISOString() },
        log,
        recap: recapEmail
          ? {
              subject: recapEmail.stored.subject,
              text: recapEmail.stored.body.text ?? '',
              sentAt: recapEmail.simulatedAt,
            }
          : null,
      });
    }
    return people;
  }

  private async subscriber(cast: CastMember): Promise<Subscriber> {
    const sub = await this.parts.deps.store.findByEmail(parseEmailAddress(cast.email).key);
    if (!sub) throw new DemoError(`the service has no subscriber ${cast.email}`);
    return sub;
  }

  private async loggedFor(cast: CastMember, day: number): Promise<WeekLog['thanked']> {
    const log = await weekLog(this.parts.deps, await this.subscriber(cast));
    return log.thanked.filter((entry) => entry.day === day);
  }

  // -------------------------------------------------------------------------------------------
  // Mail both ways

  /** Sends a composed message over SMTP; the server answers once the service has handled it. */
  private async deliver(
    cast: CastMember,
    day: number,
    kind: DemoReply['kind'],
    reply: ComposedReply,
    at: Date,
  ): Promise<void> {
    await this.parts.smtp.sendMail({ envelope: { from: reply.from, to: [reply.to] }, raw: reply.raw });
    this.replies.push({
      seq: this.replies.length + 1,
      person: cast.key,
      day,
      kind,
      client: cast.client,
      subject: reply.subject,
      simulatedAt: at.toISOString(),
      raw: reply.raw,
    });
  }

  /**
   * The emails the SES emulator received since the last look, recorded with the step's simulated
   * instant. With `only`, every new email must be for that person (a reply is answered to its
   * sender alone).
   */
  private async collect(
    at: Date,
    kindOf: (email: StoredEmail) => EmailKind,
    only?: CastMember,
    day: number | null = null,
  ): Promise<DemoEmail[]> {
    // Transactional mail leaves through the mail queue after the request or reply is answered.
    await this.parts.handlers.settleMail();
    const response = await fetch(`${this.parts.sesUrl}/store`);
    if (!response.ok) throw new DemoError(`the SES emulator's /store answered ${response.status}`);
    const { emails } = (await response.json()) as { emails: StoredEmail[] };
    const fresh = emails.slice(this.seen);
    this.seen = emails.length;
    const added: DemoEmail[] = [];
    for (const stored of fresh) {
      const person = CAST.find((c) => stored.destination.to.some((to) => to.toLowerCase().includes(c.email)));
      if (only && person !== only) {
        throw new DemoError(
          `an email to ${stored.destination.to.join(', ')} went out while answering ${only.email}`,
        );
      }
      // Mail to nobody in the cast (the group's organizer) is never a prompt or a recap.
      const kind = person ? kindOf(stored) : 'other';
      const email: DemoEmail = {
        seq: this.emails.length + 1,
        person:
          person?.key ??
          (stored.destination.to.some((to) => to.toLowerCase().includes(ORGANIZER.email))
            ? 'organizer'
            : 'unknown'),
        kind,
        day: kind === 'prompt' ? promptDay(stored.subject) : day,
        simulatedAt: at.toISOString(),
        stored,
      };
      this.emails.push(email);
      added.push(email);
    }
    return added;
  }

  private pad(name: string): string {
    return name.padEnd(this.nameWidth);
  }
}

/** The day of a prompt from its subject ("Day 3: …", "Día 3: …", "Tag 3: …", "Jour 3 : …"), else null. */
function promptDay(subject: string): number | null {
  const day = /^(?:Day|Día|Tag|Jour) (\d)\b/.exec(subject)?.[1];
  return day === undefined ? null : Number(day);
}

function original(email: DemoEmail, receivedAt: Date): OriginalEmail {
  return {
    messageId: email.stored.messageId,
    from: email.stored.from,
    subject: email.stored.subject,
    text: email.stored.body.text ?? '',
    html: email.stored.body.html,
    sentAt: receivedAt,
  };
}

// ---------------------------------------------------------------------------------------------
// Wording

export function firstName(cast: CastMember): string {
  return cast.name.split(' ')[0] ?? cast.name;
}

export function clientName(cast: CastMember): string {
  return { gmail: 'Gmail', outlook: 'Outlook', iphone: 'iPhone' }[cast.client];
}

/** "Oma Hilde (grandmother), Jürgen (neighbor)": names as logged, with the relationship if any. */
export function describe(thanked: readonly { name: string; relationship: string | null }[]): string {
  return thanked
    .map(({ name, relationship }) =>
      relationship && relationship.toLowerCase() !== name.toLowerCase() ? `${name} (${relationship})` : name,
    )
    .join(', ');
}

export function city(timezone: string): string {
  return (timezone.split('/').at(-1) ?? timezone).replace(/_/g, ' ');
}

function hh(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

const utcDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

function formatUtcDate(at: Date): string {
  return utcDate.format(at).replace(',', '');
}

function formatUtcTime(at: Date): string {
  return at.toISOString().slice(11, 16);
}

/** "08:00" on the participant's clock. */
export function formatLocalTime(at: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** "Thu 26 Nov 08:00" on the participant's clock. */
export function formatLocal(at: Date | string | undefined, timezone: string): string {
  if (at === undefined) return '?';
  const date = new Date(at);
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  })
    .format(date)
    .replace(',', '');
  return `${day} ${formatLocalTime(date, timezone)}`;
}
