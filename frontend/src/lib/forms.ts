import type { TFunction } from 'i18next';
import { ApiProblem } from '@/lib/api/problem';

/** Translates a problem into one sentence: its `code` when we know it, otherwise the server's detail. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiProblem) {
    return t(`errors:${error.code}`, {
      defaultValue: error.detail || t('errors:unexpected'),
    });
  }
  return t('errors:network');
}

/** Puts the field errors of a 400 next to the fields they name; returns whether any matched. */
export function applyFieldErrors(
  error: unknown,
  setFieldError: (field: string, message: string) => void,
  knownFields: readonly string[],
  t: TFunction,
): boolean {
  if (!(error instanceof ApiProblem)) return false;
  let matched = false;
  for (const fieldError of error.errors) {
    const field = fieldError.field.replace(/\[(\d+)\]/g, '.$1');
    const known = knownFields.find((f) => field === f || field.startsWith(`${f}.`));
    if (!known) continue;
    setFieldError(
      known,
      t(`errors:field.${fieldError.code}`, { defaultValue: fieldError.message ?? fieldError.code }),
    );
    matched = true;
  }
  if (matched) focusFirstInvalid();
  return matched;
}

/** Moves focus to the first field marked invalid, after React has rendered the errors. */
export function focusFirstInvalid(root: ParentNode = document) {
  setTimeout(() => {
    const target = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, 0);
}
