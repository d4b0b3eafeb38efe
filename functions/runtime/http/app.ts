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
import { type Language, languageOf, negotiateLanguage } from '../../core/language';
import { errorMessage, sayLocalTime } from '../../core/messages';
import { sendHourOf } from '../../core/schedule';
import type { Subscriber } from '../../core/subscriber';
import type { Deps } from '../../core/use-cases/deps';
import { editLogEntry } from '../../core/use-cases/edit-log';
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
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    throw new ValidationError('body_too_large', 'The request is too large.');
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
  // Absent or null takes the default hour; anything else must be a whole hour (see sendHourOf).
  sendHour: z.transform((v: unknown) => (v === null || v === undefined ? undefined : sendHourOf(v))),
});

function parseSubscribe(fields: Record<string, unknown>) {
  const parsed = subscribeFields.safeParse(fields);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
    throw new ValidationError(`invalid_${field}`, `Please check the ${field} field.`, field);
  }
  const { email, name, timezone, sendHour, language } = parsed.data;
  return {
    email,
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

export async function handleHttp(getDeps: () => Promise<Deps>, event: Event): Promise<Result> {
  const method = event.requestContext.http.method.toUpperCase();
  const path = event.rawPath.length > 1 ? event.rawPath.replace(/\/+$/, '') : event.rawPath;
  const route = routes[`${method === 'HEAD' ? 'GET' : method} ${path}`];
  const json = path.endsWith('.json') || (path === '/subscribe' && wantsJson(event));
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
