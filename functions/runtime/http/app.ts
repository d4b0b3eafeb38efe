/**
 * The HTTP edge: turns API Gateway v2 events into use-case calls and their results into
 * responses. Input is validated here (zod) before any business logic; only errors below 500 show
 * their message, everything else is a generic 500 and a log line. No GET changes state.
 * Pages and error messages speak the person's language: theirs on signed links, else `?lang=`,
 * else the browser's `Accept-Language`, else English.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import { AppError, RateLimitedError, ValidationError } from '../../core/errors';
import { type Group, MAX_GROUP_MEMBERS } from '../../core/group';
import { formatCalendarDate, type Language, languageOf, negotiateLanguage } from '../../core/language';
import { groupLinksFor } from '../../core/links';
import { errorMessage, messages, sayLocalTime } from '../../core/messages';
import { sendHourOf } from '../../core/schedule';
import type { Subscriber } from '../../core/subscriber';
import type { Deps } from '../../core/use-cases/deps';
import { editLogEntry } from '../../core/use-cases/edit-log';
import {
  closeGroup,
  confirmGroup,
  createGroup,
  dashboardForToken,
  deleteGroup,
  groupByCode,
  groupToConfirm,
} from '../../core/use-cases/groups';
import {
  confirmSubscription,
  deleteMyData,
  subscriberForToken,
  turnOffReconnect,
  unsubscribeByToken,
  updatePreferences,
} from '../../core/use-cases/manage';
import { subscribe } from '../../core/use-cases/subscribe';
import { weekLog, weekLogCsv } from '../../core/use-cases/week-log';
import { logger } from '../telemetry';
import { isDependencyUnavailable, RETRY_AFTER_SECONDS } from '../unavailable';
import {
  createGroupPage,
  dashboardPage,
  groupCheckInboxPage,
  groupConfirmPage,
  groupDeletedPage,
  groupReadyPage,
  joinUnavailablePage,
} from './group-pages';
import { logPage } from './log-page';
import {
  CONTENT_SECURITY_POLICY,
  checkInboxPage,
  confirmedPage,
  confirmPage,
  deletedPage,
  errorPage,
  internalErrorPage,
  methodNotAllowedPage,
  notFoundPage,
  preferencesPage,
  reconnectOffDonePage,
  reconnectOffPage,
  serviceUnavailablePage,
  subscribePage,
  unsubscribedPage,
  unsubscribePage,
} from './pages';

type Result = APIGatewayProxyStructuredResultV2;
type Event = APIGatewayProxyEventV2;

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const htmlResponse = (statusCode: number, body: string, headers: Record<string, string> = {}): Result => ({
  statusCode,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    // The language can follow the browser's Accept-Language: caches must keep them apart.
    vary: 'Accept-Language',
    ...SECURITY_HEADERS,
    ...headers,
  },
  body,
});

const jsonResponse = (statusCode: number, value: unknown, headers: Record<string, string> = {}): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS, ...headers },
  body: JSON.stringify(value),
});

const MAX_BODY_BYTES = 16 * 1024;

function header(event: Event, name: string): string {
  return event.headers?.[name] ?? event.headers?.[name.toLowerCase()] ?? '';
}

function bodyText(event: Event): string {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    throw new AppError(
      'body_too_large',
      `The request is larger than the ${MAX_BODY_BYTES / 1024} KiB accepted.`,
      {
        status: 413,
      },
    );
  }
  return text;
}

const wantsJson = (event: Event) => header(event, 'content-type').toLowerCase().includes('application/json');

/** Form posts and JSON both arrive here; anything else is read as a form. */
function readFields(event: Event): Record<string, unknown> {
  const text = bodyText(event);
  if (wantsJson(event)) {
    try {
      const parsed: unknown = JSON.parse(text || '{}');
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        return parsed as Record<string, unknown>;
    } catch {
      // reported below
    }
    throw new ValidationError('invalid_json', 'The request body must be a JSON object.');
  }
  return Object.fromEntries(new URLSearchParams(text));
}

const optionalText = z.pipe(
  z.transform((v: unknown) => (v === '' ? undefined : v)),
  z.nullish(z.string().check(z.maxLength(1000))),
);

const subscribeFields = z.object({
  email: z.unknown(),
  language: optionalText,
  name: optionalText,
  timezone: optionalText,
  group: optionalText,
  // Absent or null takes the default hour; anything else must be a whole hour (see sendHourOf).
  sendHour: z.transform((v: unknown) => (v === null || v === undefined ? undefined : sendHourOf(v))),
});

function parseSubscribe(fields: Record<string, unknown>) {
  const parsed = subscribeFields.safeParse(fields);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
    throw new ValidationError(`invalid_${field}`, `Please check the ${field} field.`, field);
  }
  const { email, name, timezone, sendHour, language, group } = parsed.data;
  return {
    email,
    group: group ?? null,
    language: language ?? null,
    name: name ?? null,
    timezone: timezone ?? null,
    sendHour: (sendHour ?? null) as number | null,
  };
}

/** What a form sent, to fill the form in again after an error (nothing if it cannot be read). */
function submitted(event: Event): Record<string, unknown> {
  try {
    return readFields(event);
  } catch {
    return {};
  }
}

type Route = (deps: Deps, event: Event) => Promise<Result>;

const token = (event: Event) => event.queryStringParameters?.token ?? '';

/** The language of a page nobody is signed in to: `?lang=`, then `Accept-Language`, then English. */
export function pageLanguage(event: Event): Language {
  return negotiateLanguage(event.queryStringParameters?.lang, header(event, 'accept-language'));
}

/** A signed link's page speaks its person's language, unless `?lang=` asks for another. */
const languageFor = (event: Event, sub: { language: Language }): Language =>
  languageOf(event.queryStringParameters?.lang) ?? sub.language;
const selfAction = (event: Event) => `${event.rawPath}?token=${encodeURIComponent(token(event))}`;

const JOIN_REFUSALS: Record<string, 'unknown' | 'closed' | 'full' | undefined> = {
  unknown_group: 'unknown',
  group_closed: 'closed',
  group_full: 'full',
};

/** The organizer's page once the group is confirmed: its join link and code, and the dashboard. */
function groupReady(deps: Deps, event: Event, group: Group): Result {
  const links = groupLinksFor(deps.links, group, deps.clock.now());
  return htmlResponse(200, groupReadyPage(group, links, languageFor(event, group)));
}

/** `GET /join/<code>`: the subscribe form naming the group, or why it cannot be joined. */
async function joinPage(deps: Deps, event: Event, code: string): Promise<Result> {
  const language = pageLanguage(event);
  const group = await groupByCode(deps, code);
  if (!group || group.status === 'pending')
    return htmlResponse(404, joinUnavailablePage('unknown', language));
  if (group.status === 'closed') return htmlResponse(410, joinUnavailablePage('closed', language));
  const counts = await deps.groups.counts(group.id);
  if (counts.joined >= MAX_GROUP_MEMBERS) return htmlResponse(409, joinUnavailablePage('full', language));
  const g = messages(language).groups;
  return htmlResponse(
    200,
    subscribePage(undefined, {}, language, {
      code: group.code,
      title: g.joinTitle(group.name),
      intro: g.joinIntro(group.name, formatCalendarDate(group.startDate, language)),
    }),
  );
}

const routes: Record<string, Route> = {
  // Healthy only when the database answers: one read of a key no subscriber has.
  'GET /health': async (deps) => {
    try {
      await deps.store.get(HEALTH_PROBE_ID);
      return jsonResponse(200, { status: 'ok', parts: { database: 'ok' } });
    } catch (error) {
      if (!isDependencyUnavailable(error)) throw error;
      logger.warn('Health check: the database is unavailable', {
        error: error instanceof Error ? error : String(error),
      });
      return jsonResponse(
        503,
        { status: 'unavailable', parts: { database: 'unavailable' } },
        { 'retry-after': String(RETRY_AFTER_SECONDS) },
      );
    }
  },

  'GET /': async (_deps, event) => htmlResponse(200, subscribePage(undefined, {}, pageLanguage(event))),

  'POST /subscribe': async (deps, event) => {
    const json = wantsJson(event);
    const language = pageLanguage(event);
    try {
      const fields = parseSubscribe(readFields(event));
      // Without a language of its own, the request takes the page's.
      const result = await subscribe(deps, {
        ...fields,
        language: fields.language ?? language,
        client: event.requestContext.http.sourceIp,
      });
      if (json) return jsonResponse(202, result);
      return htmlResponse(202, checkInboxPage(languageOf(fields.language) ?? language));
    } catch (error) {
      if (!json && error instanceof AppError && JOIN_REFUSALS[error.code]) {
        return htmlResponse(
          error.status,
          joinUnavailablePage(JOIN_REFUSALS[error.code] ?? 'unknown', language),
        );
      }
      if (!json && error instanceof ValidationError) {
        return htmlResponse(
          400,
          subscribePage(
            { message: errorMessage(language, error), field: error.field },
            submitted(event),
            language,
          ),
        );
      }
      throw error;
    }
  },

  'GET /groups': async (_deps, event) =>
    htmlResponse(200, createGroupPage(undefined, {}, pageLanguage(event))),

  'POST /groups': async (deps, event) => {
    const json = wantsJson(event);
    const language = pageLanguage(event);
    try {
      const fields = readFields(event);
      const result = await createGroup(deps, {
        organizerEmail: fields.organizerEmail,
        name: fields.name,
        startDate: fields.startDate,
        timezone: fields.timezone,
        language: languageOf(fields.language) ?? language,
        client: event.requestContext.http.sourceIp,
      });
      if (json) return jsonResponse(202, result);
      return htmlResponse(202, groupCheckInboxPage(language));
    } catch (error) {
      if (!json && error instanceof ValidationError) {
        return htmlResponse(
          400,
          createGroupPage(
            { message: errorMessage(language, error), field: error.field },
            submitted(event),
            language,
          ),
        );
      }
      throw error;
    }
  },

  'GET /groups/confirm': async (deps, event) => {
    const group = await groupToConfirm(deps, token(event));
    if (group.status !== 'pending') return groupReady(deps, event, group);
    return htmlResponse(200, groupConfirmPage(group, selfAction(event), languageFor(event, group)));
  },

  'POST /groups/confirm': async (deps, event) =>
    groupReady(deps, event, await confirmGroup(deps, token(event))),

  'GET /groups/dashboard': async (deps, event) => {
    const { group, dashboard } = await dashboardForToken(deps, token(event));
    const links = groupLinksFor(deps.links, group, deps.clock.now());
    const q = `?token=${encodeURIComponent(token(event))}`;
    return htmlResponse(
      200,
      dashboardPage(
        group,
        dashboard,
        { joinUrl: links.joinUrl, closeAction: `/groups/close${q}`, deleteAction: `/groups/delete${q}` },
        languageFor(event, group),
      ),
    );
  },

  'GET /groups/dashboard.json': async (deps, event) => {
    const { dashboard } = await dashboardForToken(deps, token(event));
    return jsonResponse(200, dashboard);
  },

  'POST /groups/close': async (deps, event) => {
    await closeGroup(deps, token(event));
    return {
      statusCode: 303,
      headers: {
        location: `/groups/dashboard?token=${encodeURIComponent(token(event))}`,
        ...SECURITY_HEADERS,
      },
      body: '',
    };
  },

  'POST /groups/delete': async (deps, event) => {
    const group = await deleteGroup(deps, token(event));
    return htmlResponse(200, groupDeletedPage(languageFor(event, group)));
  },

  'GET /confirm': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'confirm');
    return htmlResponse(200, confirmPage(sub.status, selfAction(event), languageFor(event, sub)));
  },

  'POST /confirm': async (deps, event) => {
    const sub = await confirmSubscription(deps, token(event));
    const language = languageFor(event, sub);
    const when = sub.nextSendAt ? sayLocalTime(sub.nextSendAt, sub.timezone, language) : null;
    return htmlResponse(200, confirmedPage(sub.status, when, language));
  },

  'GET /unsubscribe': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'unsubscribe');
    return htmlResponse(
      200,
      unsubscribePage(sub.status, sub.email, selfAction(event), languageFor(event, sub)),
    );
  },

  // RFC 8058: a one-click POST (body `List-Unsubscribe=One-Click`, form or multipart) lands here
  // too. The token in the URL is all it needs; the answer is a 200, never a redirect.
  'POST /unsubscribe': async (deps, event) => {
    const { email, language } = await unsubscribeByToken(deps, token(event));
    return htmlResponse(
      200,
      unsubscribedPage(email, languageOf(event.queryStringParameters?.lang) ?? language),
    );
  },

  'GET /log': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'log');
    return htmlResponse(200, logPage(await weekLog(deps, sub), token(event), languageFor(event, sub)));
  },

  'GET /log.json': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'log');
    return jsonResponse(200, await weekLog(deps, sub));
  },

  'GET /log.csv': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'log');
    return {
      statusCode: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="gratitude-week.csv"',
        ...SECURITY_HEADERS,
      },
      body: weekLogCsv(await weekLog(deps, sub)),
    };
  },

  // Rename or remove one entry, then back to the log (303: the browser GETs it, a reload
  // does not post again). A bad token or form is an error page and changes nothing.
  'POST /log/thanked': async (deps, event) => {
    await editLogEntry(deps, token(event), readFields(event));
    return {
      statusCode: 303,
      headers: { location: `/log?token=${encodeURIComponent(token(event))}`, ...SECURITY_HEADERS },
      body: '',
    };
  },

  'POST /delete': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'log');
    await deleteMyData(deps, token(event));
    return htmlResponse(200, deletedPage(languageFor(event, sub)));
  },

  // The reconnect email's link: a button (link scanners only GET), then no more check-in emails.
  'GET /reconnect': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'log');
    return htmlResponse(200, reconnectOffPage(selfAction(event), languageFor(event, sub)));
  },

  'POST /reconnect': async (deps, event) => {
    const sub = await turnOffReconnect(deps, token(event));
    return htmlResponse(
      200,
      reconnectOffDonePage(`/preferences?token=${encodeURIComponent(token(event))}`, languageFor(event, sub)),
    );
  },

  'GET /preferences': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'log');
    return htmlResponse(
      200,
      preferencesPage({
        action: selfAction(event),
        timezone: sub.timezone,
        sendHour: sub.sendHour,
        reconnect: sub.reconnect,
        language: languageFor(event, sub),
      }),
    );
  },

  'POST /preferences': async (deps, event) => {
    const fields = readFields(event);
    let sub: Subscriber;
    try {
      sub = await updatePreferences(deps, token(event), {
        timezone: fields.timezone,
        sendHour: fields.sendHour,
        language: fields.language,
        // A checkbox says nothing when unticked: the form marks that it showed one.
        ...(fields.reconnectShown === undefined ? {} : { reconnect: fields.reconnect === 'on' }),
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // Show the form again, with what is stored and what to fix.
      const current = await subscriberForToken(deps, token(event), 'log');
      const language = languageFor(event, current);
      return htmlResponse(
        400,
        preferencesPage({
          action: selfAction(event),
          timezone: current.timezone,
          sendHour: current.sendHour,
          reconnect: current.reconnect,
          language,
          error: errorMessage(language, error),
        }),
      );
    }
    return htmlResponse(
      200,
      preferencesPage({
        action: selfAction(event),
        timezone: sub.timezone,
        sendHour: sub.sendHour,
        reconnect: sub.reconnect,
        // A new language is the page's language at once: the person just chose it.
        language: sub.language,
        saved: true,
      }),
    );
  },
};

/** A subscriber id no subscriber can have (ids are random), read by the health check. */
const HEALTH_PROBE_ID = 'health-probe';

function errorResponse(event: Event, error: unknown, json: boolean): Result {
  const language = pageLanguage(event);
  if (error instanceof AppError && error.status < 500) {
    const headers: Record<string, string> =
      error instanceof RateLimitedError ? { 'retry-after': String(error.retryAfterSeconds) } : {};
    const message = errorMessage(language, error);
    if (json) {
      return jsonResponse(
        error.status,
        { error: { code: error.code, message, field: error.field ?? null } },
        headers,
      );
    }
    return htmlResponse(
      error.status,
      errorPage({ status: error.status, code: error.code, message }, language),
      headers,
    );
  }
  if (isDependencyUnavailable(error)) {
    // A dependency down or throttling: 503 and when to come back, never a 500.
    logger.warn('Dependency unavailable in HTTP request', {
      route: `${event.requestContext.http.method} ${event.rawPath}`,
      error: error instanceof Error ? error : String(error),
    });
    const headers = { 'retry-after': String(RETRY_AFTER_SECONDS) };
    const code = 'service_unavailable';
    return json
      ? jsonResponse(
          503,
          { error: { code, message: errorMessage(language, { code, message: '' }), field: null } },
          headers,
        )
      : htmlResponse(503, serviceUnavailablePage(language), headers);
  }
  logger.error('Unhandled error in HTTP request', {
    route: `${event.requestContext.http.method} ${event.rawPath}`,
    error: error instanceof Error ? error : String(error),
  });
  return json
    ? jsonResponse(500, {
        error: {
          code: 'internal_error',
          message: errorMessage(language, { code: 'internal_error', message: '' }),
          field: null,
        },
      })
    : htmlResponse(500, internalErrorPage(language));
}

/** A path segment decoded; one that is not valid percent-encoding ('/join/%') is kept as it came. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function handleHttp(getDeps: () => Promise<Deps>, event: Event): Promise<Result> {
  const method = event.requestContext.http.method.toUpperCase();
  const path = event.rawPath.length > 1 ? event.rawPath.replace(/\/+$/, '') : event.rawPath;
  const joinCode = /^\/join\/([^/]{1,32})$/.exec(path)?.[1];
  const route: Route | undefined =
    joinCode !== undefined && (method === 'GET' || method === 'HEAD')
      ? (deps, e) => joinPage(deps, e, decodedSegment(joinCode))
      : routes[`${method === 'HEAD' ? 'GET' : method} ${path}`];
  const json = path.endsWith('.json') || ((path === '/subscribe' || path === '/groups') && wantsJson(event));
  if (!route) {
    const known = Object.keys(routes).some((key) => key.endsWith(` ${path}`));
    const status = known ? 405 : 404;
    const code = known ? 'method_not_allowed' : 'not_found';
    const language = pageLanguage(event);
    return json
      ? jsonResponse(status, {
          error: { code, message: errorMessage(language, { code, message: code }), field: null },
        })
      : htmlResponse(status, known ? methodNotAllowedPage(language) : notFoundPage(language));
  }
  try {
    return await route(await getDeps(), event);
  } catch (error) {
    return errorResponse(event, error, json);
  }
}
