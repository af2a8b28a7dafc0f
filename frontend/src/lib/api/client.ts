import createClient, { type Middleware } from 'openapi-fetch';
import { sessionStore } from '@/lib/auth/session';
import type { paths } from './schema';

const auth: Middleware = {
  onRequest({ request }) {
    const token = sessionStore.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !request.url.endsWith('/api/v1/auth/login')) {
      // Ending the session re-renders the route guards, which lead to the right sign-in page.
      sessionStore.clear();
    }
    return response;
  },
};

const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';

export const api = createClient<paths>({
  baseUrl: origin,
  // Resolved per call so test doubles installed after import still see the requests.
  fetch: (request) => globalThis.fetch(request),
});
api.use(auth);

/** Downloads a protected file (the bearer header cannot ride on a plain link). */
export async function fetchBlob(path: string): Promise<Blob> {
  const token = sessionStore.token();
  const response = await globalThis.fetch(new URL(path, origin), {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (response.status === 401) {
    sessionStore.clear();
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}
