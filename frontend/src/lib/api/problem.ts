import type { FieldError, Problem } from './types';

/** A failed API call, carrying the server's problem document (or a synthetic one for network errors). */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  /** From Retry-After, when the server said when to try again (429, 503). */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Partial<Problem> & { status: number }, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.code = problem.code ?? `http.${problem.status}`;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static from(error: unknown, response: Response): ApiProblem {
    const header = response.headers.get('Retry-After');
    const retryAfter = header !== null && /^\d+$/.test(header) ? Number(header) : undefined;
    if (error && typeof error === 'object' && 'status' in error) {
      return new ApiProblem(error as Problem, retryAfter);
    }
    return new ApiProblem(
      {
        status: response.status,
        code: `http.${response.status}`,
        detail: typeof error === 'string' && error ? error : response.statusText,
      },
      retryAfter,
    );
  }
}

export const isProblem = (error: unknown, code?: string): error is ApiProblem =>
  error instanceof ApiProblem && (code === undefined || error.code === code);

/** Returns the data of an openapi-fetch result or throws its problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw ApiProblem.from(result.error, result.response);
  }
  return result.data as T;
}
