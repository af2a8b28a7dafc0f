import createClient, { type Middleware } from 'openapi-fetch';
import { sessionStore } from '@/lib/auth/session';
import type { paths } from './schema';

/*
 * The session travels in an HttpOnly cookie the browser sends by itself; script never sees it.
 * Requests that change data also carry the session's CSRF token, read from its own cookie, which
 * a page on another site cannot read.
 */
const CSRF_COOKIE = 'kaiku_csrf';
const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Sign-in answers 429 for too many failed attempts: that is for the person to see, not to retry. */
const NO_RETRY = ['/api/v1/auth/login', '/api/v1/auth/cookie-login'];
const MAX_RETRIES = 3;
const MAX_WAIT_MS = 60_000;

export function csrfToken(): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = csrfToken();
    if (token && !SAFE_METHODS.has(request.method.toUpperCase())) {
      request.headers.set(CSRF_HEADER, token);
    }
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !NO_RETRY.some((path) => request.url.endsWith(path))) {
      // Ending the session re-renders the route guards, which lead to the right sign-in page.
      sessionStore.clear();
    }
    return response;
  },
};

/** Until when every request waits, after the server said 429 (shared by all requests of the page). */
let pausedUntil = 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds from Retry-After (seconds or an HTTP date), else one second. */
export function retryAfterMs(response: Response): number {
  const header = response.headers.get('Retry-After');
  const seconds = header === null ? NaN : Number(header);
  if (Number.isFinite(seconds)) return Math.min(MAX_WAIT_MS, Math.max(0, seconds * 1000));
  const date = header ? Date.parse(header) : NaN;
  return Number.isFinite(date) ? Math.min(MAX_WAIT_MS, Math.max(0, date - Date.now())) : 1000;
}

/**
 * Sends a request; when rate-limited (429), waits as long as the server asks, holding back the
 * page's other requests too, and tries again a few times before giving the 429 to the caller.
 */
export async function fetchWithBackoff(request: Request): Promise<Response> {
  const retryable = !NO_RETRY.some((path) => new URL(request.url).pathname === path);
  for (let attempt = 0; ; attempt++) {
    const wait = pausedUntil - Date.now();
    if (wait > 0) await sleep(wait);
    const response = await globalThis.fetch(retryable ? request.clone() : request);
    if (response.status !== 429 || !retryable || attempt >= MAX_RETRIES) return response;
    pausedUntil = Math.max(pausedUntil, Date.now() + retryAfterMs(response));
  }
}

const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';

export const api = createClient<paths>({
  baseUrl: origin,
  credentials: 'same-origin',
  // Resolved per call so test doubles installed after import still see the requests.
  fetch: (request) => fetchWithBackoff(request),
});
api.use(auth);

/** Downloads a protected file with the session cookie. */
export async function fetchBlob(path: string): Promise<Blob> {
  const response = await fetchWithBackoff(
    new Request(new URL(path, origin), { credentials: 'same-origin' }),
  );
  if (response.status === 401) {
    sessionStore.clear();
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}

/** For tests: forget a pause left by an earlier 429. */
export function resetBackoff() {
  pausedUntil = 0;
}
