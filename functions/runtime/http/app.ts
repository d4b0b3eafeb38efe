/**
 * The HTTP edge: turns API Gateway v2 events into use-case calls and their results into
 * responses. Input is validated here (zod) before any business logic; only errors below 500 show
 * their message, everything else is a generic 500 and a log line. No GET changes state.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import { AppError, RateLimitedError, ValidationError } from '../../core/errors';
import type { Subscriber } from '../../core/subscriber';
import type { Deps } from '../../core/use-cases/deps';
import { editLogEntry } from '../../core/use-cases/edit-log';
import {
  confirmSubscription,
  deleteMyData,
  subscriberForToken,
  unsubscribeByToken,
  updatePreferences,
} from '../../core/use-cases/manage';
import { subscribe } from '../../core/use-cases/subscribe';
import { weekLog, weekLogCsv } from '../../core/use-cases/week-log';
import { logger } from '../telemetry';
import { logPage } from './log-page';
import {
  CONTENT_SECURITY_POLICY,
  checkInboxPage,
  confirmedPage,
  confirmPage,
  deletedPage,
  errorPage,
  messagePage,
  methodNotAllowedPage,
  notFoundPage,
  preferencesPage,
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
  name: optionalText,
  timezone: optionalText,
  sendHour: z.transform((v: unknown) =>
    v === '' || v === null ? undefined : typeof v === 'string' ? Number(v) : v,
  ),
});

function parseSubscribe(fields: Record<string, unknown>) {
  const parsed = subscribeFields.safeParse(fields);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
    throw new ValidationError(`invalid_${field}`, `Please check the ${field} field.`, field);
  }
  const { email, name, timezone, sendHour } = parsed.data;
  return {
    email,
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
const selfAction = (event: Event) => `${event.rawPath}?token=${encodeURIComponent(token(event))}`;

const routes: Record<string, Route> = {
  'GET /health': async () => jsonResponse(200, { status: 'ok' }),

  'GET /': async () => htmlResponse(200, subscribePage()),

  'POST /subscribe': async (deps, event) => {
    const json = wantsJson(event);
    try {
      const result = await subscribe(deps, {
        ...parseSubscribe(readFields(event)),
        client: event.requestContext.http.sourceIp,
      });
      if (json) return jsonResponse(202, result);
      return htmlResponse(202, checkInboxPage());
    } catch (error) {
      if (!json && error instanceof ValidationError) {
        return htmlResponse(
          400,
          subscribePage({ message: error.message, field: error.field }, submitted(event)),
        );
      }
      throw error;
    }
  },

  'GET /confirm': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'confirm');
    return htmlResponse(200, confirmPage(sub.status, selfAction(event)));
  },

  'POST /confirm': async (deps, event) => {
    const sub = await confirmSubscription(deps, token(event));
    const when = sub.nextSendAt ? localTime(sub.nextSendAt, sub.timezone) : null;
    return htmlResponse(200, confirmedPage(sub.status, when));
  },

  'GET /unsubscribe': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'unsubscribe');
    return htmlResponse(200, unsubscribePage(sub.status, sub.email, selfAction(event)));
  },

  // RFC 8058: a one-click POST (body `List-Unsubscribe=One-Click`, form or multipart) lands here
  // too. The token in the URL is all it needs; the answer is a 200, never a redirect.
  'POST /unsubscribe': async (deps, event) => {
    const { email } = await unsubscribeByToken(deps, token(event));
    return htmlResponse(200, unsubscribedPage(email));
  },

  'GET /log': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'log');
    return htmlResponse(200, logPage(await weekLog(deps, sub), token(event)));
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
    await deleteMyData(deps, token(event));
    return htmlResponse(200, deletedPage());
  },

  'GET /preferences': async (deps, event) => {
    const sub = await subscriberForToken(deps, token(event), 'log');
    return htmlResponse(
      200,
      preferencesPage({ action: selfAction(event), timezone: sub.timezone, sendHour: sub.sendHour }),
    );
  },

  'POST /preferences': async (deps, event) => {
    const fields = readFields(event);
    let sub: Subscriber;
    try {
      sub = await updatePreferences(deps, token(event), {
        timezone: fields.timezone,
        sendHour: fields.sendHour,
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // Show the form again, with what is stored and what to fix.
      const current = await subscriberForToken(deps, token(event), 'log');
      return htmlResponse(
        400,
        preferencesPage({
          action: selfAction(event),
          timezone: current.timezone,
          sendHour: current.sendHour,
          error: error.message,
        }),
      );
    }
    return htmlResponse(
      200,
      preferencesPage({
        action: selfAction(event),
        timezone: sub.timezone,
        sendHour: sub.sendHour,
        saved: true,
      }),
    );
  },
};

function localTime(iso: string, timezone: string): string {
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return `${when} (${timezone.replace(/_/g, ' ')} time)`;
}

function errorResponse(event: Event, error: unknown, json: boolean): Result {
  if (error instanceof AppError && error.status < 500) {
    const headers: Record<string, string> =
      error instanceof RateLimitedError ? { 'retry-after': String(error.retryAfterSeconds) } : {};
    if (json) {
      return jsonResponse(
        error.status,
        { error: { code: error.code, message: error.message, field: error.field ?? null } },
        headers,
      );
    }
    return htmlResponse(error.status, errorPage(error), headers);
  }
  logger.error('Unhandled error in HTTP request', {
    route: `${event.requestContext.http.method} ${event.rawPath}`,
    error: error instanceof Error ? error : String(error),
  });
  const message = 'Something went wrong on our side. Please try again in a minute.';
  return json
    ? jsonResponse(500, { error: { code: 'internal_error', message, field: null } })
    : htmlResponse(500, messagePage('Something went wrong', [message]));
}

export async function handleHttp(getDeps: () => Promise<Deps>, event: Event): Promise<Result> {
  const method = event.requestContext.http.method.toUpperCase();
  const path = event.rawPath.length > 1 ? event.rawPath.replace(/\/+$/, '') : event.rawPath;
  const route = routes[`${method === 'HEAD' ? 'GET' : method} ${path}`];
  const json = path.endsWith('.json') || (path === '/subscribe' && wantsJson(event));
  if (!route) {
    const known = Object.keys(routes).some((key) => key.endsWith(` ${path}`));
    const status = known ? 405 : 404;
    const title = known ? 'Method not allowed' : 'Page not found';
    return json
      ? jsonResponse(status, {
          error: { code: known ? 'method_not_allowed' : 'not_found', message: title, field: null },
        })
      : htmlResponse(status, known ? methodNotAllowedPage() : notFoundPage());
  }
  try {
    return await route(await getDeps(), event);
  } catch (error) {
    return errorResponse(event, error, json);
  }
}
