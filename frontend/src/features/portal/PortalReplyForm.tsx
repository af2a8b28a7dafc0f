import { Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentInput } from '@/components/AttachmentInput';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { AttachmentView, TicketStatus } from '@/lib/api/types';
import { drafts } from '@/lib/drafts';
import { plainTextToHtml } from './plain-text';
import { portalKeys } from './api/queries';

/** The customer's answer; an unsent draft survives reloads and an expired session. */
export function PortalReplyForm({
  requestId,
  status,
}: {
  requestId: number;
  status: TicketStatus;
}) {
  const { t } = useTranslation('portal');
  const queryClient = useQueryClient();
  const draftKey = `portal-reply-${requestId}`;
  const [body, setBody] = useState(() => drafts.load(draftKey)?.body ?? '');
  const [attachments, setAttachments] = useState<AttachmentView[]>([]);
  const reply = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/portal/tickets/{id}/messages', {
          params: { path: { id: requestId } },
          body: { body: plainTextToHtml(body), attachmentIds: attachments.map((a) => a.id) },
        }),
      ),
    onSuccess: () => {
      drafts.clear(draftKey);
      setBody('');
      setAttachments([]);
      notifications.show({ color: 'green', message: t('reply.sent') });
      // A reply can reopen a solved request, so the header is refetched along with the messages.
      void queryClient.invalidateQueries({ queryKey: portalKeys.request(requestId) });
      void queryClient.invalidateQueries({ queryKey: portalKeys.list });
    },
  });
  const change = (value: string) => {
    setBody(value);
    drafts.save(draftKey, { body: value });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="portal-reply">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (body.trim() && !reply.isPending) reply.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4" id="portal-reply">
            {t('reply.title')}
          </Title>
          <Textarea
            label={t('reply.label')}
            description={status === 'solved' ? t('reply.reopensHint') : undefined}
            autosize
            minRows={4}
            maxLength={100_000}
            value={body}
            onChange={(event) => change(event.currentTarget.value)}
          />
          <AttachmentInput value={attachments} onChange={setAttachments} />
          <ProblemAlert error={reply.error} />
          <Group>
            <Button type="submit" loading={reply.isPending} disabled={!body.trim()}>
              {t('reply.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
