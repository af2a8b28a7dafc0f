import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/lib/api/problem';
import { problemMessage } from '@/lib/forms';

/** A failed request, in words; the request id lets support find it in the server's log. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const requestId = error instanceof ApiProblem ? error.requestId : undefined;
  return (
    <Alert color="red" variant="light" title={title ?? t('errors:title')} role="alert">
      <Text size="sm">{problemMessage(error, t)}</Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('errors:requestId', { requestId })}
        </Text>
      )}
    </Alert>
  );
}
