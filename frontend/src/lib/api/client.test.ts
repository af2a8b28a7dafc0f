import { http, HttpResponse } from 'msw';
import { server } from '@/testing/server';
import { sessionStore } from '@/lib/auth/session';
import { agent, signInAs } from '@/testing/render';
import { api, resetBackoff, retryAfterMs } from './client';

const url = (path: string) => `http://localhost:3000${path}`;

describe('api client', () => {
  beforeEach(() => {
    resetBackoff();
    document.cookie = 'kaiku_csrf=csrf-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'kaiku_csrf=; max-age=0; path=/';
    vi.useRealTimers();
  });

  it('sends the CSRF token on changes and nothing secret on reads', async () => {
    const seen: { method: string; csrf: string | null; authorization: string | null }[] = [];
    const record = ({ request }: { request: Request }) => {
      seen.push({
        method: request.method,
        csrf: request.headers.get('X-CSRF-Token'),
        authorization: request.headers.get('Authorization'),
      });
      return request.method === 'GET'
        ? HttpResponse.json([])
        : new HttpResponse(null, { status: 204 });
    };
    server.use(
      http.get(url('/api/v1/auth/sessions'), record),
      http.post(url('/api/v1/auth/logout'), record),
    );
    await api.GET('/api/v1/auth/sessions');
    await api.POST('/api/v1/auth/logout');
    expect(seen).toEqual([
      { method: 'GET', csrf: null, authorization: null },
      { method: 'POST', csrf: 'csrf-123', authorization: null },
    ]);
  });

  it('waits as long as a 429 asks, then tries again', async () => {
    let calls = 0;
    const times: number[] = [];
    server.use(
      http.get(url('/api/v1/auth/sessions'), () => {
        calls++;
        times.push(Date.now());
        return calls === 1
          ? HttpResponse.json(
              { status: 429, code: 'rate-limit.exceeded', title: 'Too Many Requests', errors: [] },
              { status: 429, headers: { 'Retry-After': '1' } },
            )
          : HttpResponse.json([]);
      }),
    );
    const result = await api.GET('/api/v1/auth/sessions');
    expect(result.response.status).toBe(200);
    expect(calls).toBe(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });

  it('gives up after a few 429s and hands the problem over', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let calls = 0;
    server.use(
      http.get(url('/api/v1/auth/sessions'), () => {
        calls++;
        return HttpResponse.json(
          { status: 429, code: 'rate-limit.exceeded', title: 'Too Many Requests', errors: [] },
          { status: 429, headers: { 'Retry-After': '2' } },
        );
      }),
    );
    const pending = api.GET('/api/v1/auth/sessions');
    await vi.advanceTimersByTimeAsync(10_000);
    const result = await pending;
    expect(result.response.status).toBe(429);
    expect(calls).toBe(4);
  });

  it('never retries a refused sign-in by itself', async () => {
    let calls = 0;
    server.use(
      http.post(url('/api/v1/auth/cookie-login'), () => {
        calls++;
        return HttpResponse.json(
          { status: 429, code: 'auth.too-many-attempts', title: 'Too Many Requests', errors: [] },
          { status: 429, headers: { 'Retry-After': '30' } },
        );
      }),
    );
    const result = await api.POST('/api/v1/auth/cookie-login', {
      body: { email: 'a@example.com', password: 'wrong-password' },
    });
    expect(result.response.status).toBe(429);
    expect(calls).toBe(1);
  });

  it('ends the session on a 401', async () => {
    signInAs(agent);
    server.use(
      http.get(url('/api/v1/auth/me'), () =>
        HttpResponse.json(
          { status: 401, code: 'auth.unauthenticated', title: 'Unauthorized', errors: [] },
          { status: 401 },
        ),
      ),
    );
    await api.GET('/api/v1/auth/me');
    expect(sessionStore.get()).toBeNull();
  });

  it('reads Retry-After as seconds or a date, within reason', () => {
    const with429 = (value: string) =>
      new Response(null, { status: 429, headers: { 'Retry-After': value } });
    expect(retryAfterMs(with429('3'))).toBe(3000);
    expect(retryAfterMs(with429('100000'))).toBe(60_000);
    expect(retryAfterMs(new Response(null, { status: 429 }))).toBe(1000);
  });
});
