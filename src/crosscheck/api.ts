/**
 * The Globalping API's shapes, as its OpenAPI spec documents them (jsdelivr/globalping
 * `public/v1/spec.yaml` and `components/schemas.yaml`). Only the fields Vigil reads or sends.
 * Pure types plus two readers, so the core (judge, verdict, budget) and the HTTP client share them.
 */

/** `MeasurementLocationOption`: "a location using one or more keys, such as country, city, ASN". */
export interface LocationOption {
  /** "A two-letter country code based on ISO 3166-1 alpha-2". */
  country?: string;
  /** `ContinentCode`: AF AN AS EU NA OC SA. */
  continent?: 'AF' | 'AN' | 'AS' | 'EU' | 'NA' | 'OC' | 'SA';
  /** Fuzzy "magic" string; Vigil prefers the exact fields. */
  magic?: string;
  /**
   * "The maximum number of probes that should run the measurement in this location. Non-authenticated
   * requests are limited to a maximum of 50 probes. … Mutually exclusive with the global `limit`."
   */
  limit?: number;
}

/** `MeasurementRequest` with `type: http` and `MeasurementHttpOptions`. */
export interface HttpMeasurementRequest {
  type: 'http';
  /** `MeasurementTarget`: "A publicly reachable measurement target", a hostname or an IP address. */
  target: string;
  locations: LocationOption[];
  measurementOptions: {
    /** `method` defaults to HEAD in the API; Vigil asks GET so the probes see the body start. */
    request: { method: 'GET'; path: string; query: string };
    protocol: 'HTTP' | 'HTTPS';
    port: number;
  };
}

/** `CreateMeasurementResponse` (202). */
export interface CreatedMeasurement {
  id: string;
  probesCount: number;
}

/** `ProbeLocation` (part of each result's `probe`). */
export interface ProbeLocation {
  continent: string;
  country: string;
  city: string;
  asn: number;
  network: string;
  state?: string | null;
}

/** `FailureSource`: "EXPERIMENTAL: The most likely source of the failure". */
export type FailureSource = 'target' | 'resolver' | 'internal';

/** `TestResult` for HTTP: in-progress, failed, offline or a `FinishedHttpTestResult`. */
export interface HttpTestResult {
  status: 'in-progress' | 'finished' | 'failed' | 'offline';
  failureSource?: FailureSource;
  rawOutput?: string;
  statusCode?: number;
  /** "The value may be an array of strings for headers with multiple values". */
  headers?: Record<string, string | string[]>;
  /** "The raw HTTP response body or `null` … only the first 10 kb are returned." */
  rawBody?: string | null;
  truncated?: boolean;
  timings?: { total: number | null; dns?: number | null; tcp?: number | null; tls?: number | null; firstByte: number | null; download?: number | null };
}

export interface MeasurementResultItem {
  probe: ProbeLocation;
  result: HttpTestResult;
}

/** `MeasurementResponse`: "status … Any value other than `in-progress` is final." */
export interface Measurement {
  id: string;
  type: string;
  status: 'in-progress' | 'finished';
  target: string;
  probesCount: number;
  createdAt?: string;
  results: MeasurementResultItem[];
}

/** `Limits` (GET /v1/limits): points are tests (probes), not measurements. */
export interface Limits {
  rateLimit: { measurements: { create: { type: 'ip' | 'user'; limit: number; remaining: number; reset: number } } };
  credits?: { remaining?: number };
}

/** The error body of 400 / 404 / 422 / 429: `{error: {type, message, params?}}`. */
export interface ApiError {
  type: string;
  message: string;
  params?: Record<string, string>;
}

export function isMeasurement(value: unknown): value is Measurement {
  const m = value as Partial<Measurement> | null;
  return typeof m === 'object' && m !== null && typeof m.id === 'string' && (m.status === 'in-progress' || m.status === 'finished') && Array.isArray(m.results);
}

export function readApiError(value: unknown): ApiError | undefined {
  const error = (value as { error?: Partial<ApiError> } | null)?.error;
  if (!error || typeof error.type !== 'string' || typeof error.message !== 'string') return undefined;
  return { type: error.type, message: error.message, ...(error.params && typeof error.params === 'object' ? { params: error.params } : {}) };
}
