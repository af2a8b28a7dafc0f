import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { paths } from '@/lib/api/schema';

type Method = 'get' | 'post' | 'patch' | 'delete';
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type SuccessBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: infer R;
}
  ? Json<R[keyof R & (200 | 201)]>
  : never;

const url = (path: string) => `http://localhost:3000${path.replace(/\{(\w+)\}/g, ':$1')}`;

/**
 * An MSW handler whose response body is checked against the generated schema, so a test
 * double cannot drift from the real API without failing to compile.
 */
export function mockApi<P extends keyof paths, M extends Method>(
  method: M,
  path: P,
  respond: (info: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
  }) => SuccessBody<P, M> | Response | Promise<SuccessBody<P, M> | Response>,
) {
  return http[method](url(path), async (info) => {
    const result = await respond(info);
    return result instanceof Response ? result : HttpResponse.json(result as JsonBodyType);
  });
}

export const problem = (
  status: number,
  code: string,
  detail: string,
  errors: { field: string; code: string; message?: string }[] = [],
) =>
  HttpResponse.json(
    { type: `/problems/${code}`, title: detail, status, code, detail, errors },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
