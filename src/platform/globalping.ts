import type { ApiError, HttpMeasurementRequest, Limits, Measurement } from '../crosscheck/api';
import { isMeasurement, readApiError } from '../crosscheck/api';
import { readRateLimit, type RateLimitInfo } from '../crosscheck/budget';

/**
 * The Globalping HTTP client, on plain `fetch`: no library (the official ones add weight and, some,
 * a User-Agent header). Firefox sends a CORS preflight for anything but simple headers, and the API's
 * preflight answer for POST /v1/measurements allows only "Authorization, Content-Type"
 * (src/lib/http/middleware/cors.ts, corsAuthHandler): so those are the only headers Vigil sets, plus
 * `If-None-Match` on GET /v1/measurements/:id, whose preflight allows any header (corsHandler "*").
 *
 * The API base: `https://api.globalping.io` ("Root endpoint" in the spec); the e2e build may point
 * it at a local fake through VIGIL_GLOBALPING_URL (scripts/build.mjs defines it).
 */
declare const __VIGIL_GLOBALPING_URL__: string | undefined;
declare const __VIGIL_E2E__: boolean | undefined;

export const RELEASE_API = 'https://api.globalping.io';
export const API_BASE: string = typeof __VIGIL_GLOBALPING_URL__ === 'string' && __VIGIL_GLOBALPING_URL__ ? __VIGIL_GLOBALPING_URL__ : RELEASE_API;
/** Test builds let the fake decide about private targets; release builds never send them. */
export const SENDS_PRIVATE_TARGETS: boolean = typeof __VIGIL_E2E__ === 'boolean' && __VIGIL_E2E__;

export type CreateAnswer =
  | { kind: 'created'; id: string; probesCount: number; rateLimit: RateLimitInfo }
  /** 400: "malformed parameters or other client errors … modify your request before trying again". */
  | { kind: 'refused'; error: ApiError }
  /** 422: "couldn't find suitable probes for your request". */
  | { kind: 'no_probes'; error: ApiError }
  /** 429: rate_limit_exceeded (anonymous) or insufficient_credits (token), with the rate-limit headers. */
  | { kind: 'rate_limited'; error?: ApiError; rateLimit: RateLimitInfo }
  | { kind: 'failed'; status?: number; message: string };

export type PollAnswer =
  | { kind: 'measurement'; measurement: Measurement; etag?: string }
  /** 304: the ETag still matches; nothing changed since the last answer. */
  | { kind: 'unchanged' }
  /** 429 on GET: "Sending more than two requests per second may trigger a rate limit". */
  | { kind: 'rate_limited'; rateLimit: RateLimitInfo }
  /** 404: "Measurements are typically available for up to 7 days after creation". */
  | { kind: 'gone' }
  | { kind: 'failed'; status?: number; message: string };

export interface GlobalpingClient {
  create(request: HttpMeasurementRequest): Promise<CreateAnswer>;
  poll(id: string, etag?: string): Promise<PollAnswer>;
  limits(): Promise<Limits | undefined>;
}

export interface ClientOptions {
  fetch: typeof fetch;
  base?: string;
  /** A personal token from the Globalping dashboard; sent only with POST /v1/measurements. */
  token?: string;
}

export function globalpingClient({ fetch: doFetch, base = API_BASE, token }: ClientOptions): GlobalpingClient {
  const api = (path: string) => `${base.replace(/\/$/, '')}${path}`;
  // No cookies to a third party, no referrer: the request says nothing about the user but its address.
  const common: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' };
  const json = async (response: Response): Promise<unknown> => response.json().catch(() => undefined);

  return {
    async create(request) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      // Spec securitySchemes.BearerAuth: "generate a token in the Globalping Dashboard and send it with your requests".
      if (token) headers.Authorization = `Bearer ${token}`;
      let response: Response;
      try {
        response = await doFetch(api('/v1/measurements'), { ...common, method: 'POST', headers, body: JSON.stringify(request) });
      } catch (error) {
        return { kind: 'failed', message: String((error as Error)?.message ?? error) };
      }
      const body = await json(response);
      const rateLimit = readRateLimit(response.headers);
      const error = readApiError(body);
      if (response.status === 202) {
        const created = body as { id?: unknown; probesCount?: unknown } | undefined;
        if (typeof created?.id === 'string') return { kind: 'created', id: created.id, probesCount: Number(created.probesCount) || 0, rateLimit };
        return { kind: 'failed', status: 202, message: 'no measurement id' };
      }
      if (response.status === 429) return { kind: 'rate_limited', ...(error ? { error } : {}), rateLimit };
      if (response.status === 422 && error) return { kind: 'no_probes', error };
      if (response.status === 400 && error) return { kind: 'refused', error };
      return { kind: 'failed', status: response.status, message: error?.message ?? response.statusText };
    },

    async poll(id, etag) {
      let response: Response;
      try {
        // GET /v1/measurements/:id takes no token; If-None-Match makes an unchanged answer a bodiless 304.
        response = await doFetch(api(`/v1/measurements/${encodeURIComponent(id)}`), { ...common, headers: etag ? { 'If-None-Match': etag } : {} });
      } catch (error) {
        return { kind: 'failed', message: String((error as Error)?.message ?? error) };
      }
      if (response.status === 304) return { kind: 'unchanged' };
      if (response.status === 429) return { kind: 'rate_limited', rateLimit: readRateLimit(response.headers) };
      if (response.status === 404) return { kind: 'gone' };
      const body = await json(response);
      if (response.status === 200 && isMeasurement(body)) {
        const tag = response.headers.get('etag');
        return { kind: 'measurement', measurement: body, ...(tag ? { etag: tag } : {}) };
      }
      return { kind: 'failed', status: response.status, message: readApiError(body)?.message ?? response.statusText };
    },

    async limits() {
      try {
        // Asked without the token: the limits route's CORS preflight answer allows no Authorization
        // header (only the POST route's does), so this is the allowance of the user's address.
        const response = await doFetch(api('/v1/limits'), common);
        if (!response.ok) return undefined;
        const body = (await json(response)) as Limits | undefined;
        return typeof body?.rateLimit?.measurements?.create?.remaining === 'number' ? body : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
