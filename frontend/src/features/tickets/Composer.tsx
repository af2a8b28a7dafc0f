import { Button, Group, Paper, SegmentedControl, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentInput } from '@/components/AttachmentInput';
import { ProblemAlert } from '@/components/ProblemAlert';
import RichTextInput from '@/components/RichTextInput';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { AttachmentView, MessageKind, TicketStatus, TicketView } from '@/lib/api/types';
import { drafts } from '@/lib/drafts';
import { onReplyInsert } from '@/lib/reply-insert';
import { ticketKeys } from './api/queries';

const AFTER_SEND: TicketStatus[] = ['open', 'pending', 'on_hold', 'solved'];

/** Reply to the customer or leave an internal note; the draft survives reloads and expired sessions. */
export function Composer({ ticket }: { ticket: TicketView }) {
  const { t } = useTranslation('tickets');
  const queryClient = useQueryClient();
  const draftKey = `ticket-${ticket.id}`;
  const [initial] = useState(() => drafts.load(draftKey));
  const [kind, setKind] = useState<MessageKind>(
    (initial?.kind as MessageKind | undefined) ?? 'reply',
  );
  const [body, setBody] = useState(initial?.body ?? '');
  const [attachments, setAttachments] = useState<AttachmentView[]>([]);
  const [status, setStatus] = useState<TicketStatus | null>(null);
  const [resetKey, setResetKey] = useState(0);

  const send = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/tickets/{id}/messages', {
          params: { path: { id: ticket.id } },
          body: {
            kind,
            body,
            attachmentIds: attachments.map((a) => a.id),
            status: status ?? undefined,
          },
        }),
      ),
    onSuccess: () => {
      drafts.clear(draftKey);
      setBody('');
      setAttachments([]);
      setStatus(null);
      setResetKey((k) => k + 1);
      notifications.show({
        message: kind === 'note' ? t('composer.noteAdded') : t('composer.replySent'),
        color: 'green',
      });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticket.id) });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.lists });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.counts });
    },
  });

  // Articles inserted from the knowledge base panel go at the end of the reply.
  useEffect(
    () =>
      onReplyInsert(ticket.id, (html) => {
        setKind('reply');
        setBody((current) => {
          const next = current + html;
          drafts.save(draftKey, { body: next, kind: 'reply' });
          return next;
        });
        setResetKey((k) => k + 1);
      }),
    [ticket.id, draftKey],
  );

  const change = (html: string) => {
    setBody(html);
    drafts.save(draftKey, { body: html, kind });
  };
  const changeKind = (value: string) => {
    setKind(value as MessageKind);
    drafts.save(draftKey, { body, kind: value });
  };
  const submit = () => {
    if (body && !send.isPending) send.mutate();
  };

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="composer-title"
      bg={kind === 'note' ? 'var(--mantine-color-yellow-light)' : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <h3 id="composer-title" style={{ margin: 0, fontSize: 'var(--mantine-font-size-md)' }}>
            {kind === 'note' ? t('composer.noteTitle') : t('composer.replyTitle')}
          </h3>
          <SegmentedControl
            value={kind}
            onChange={changeKind}
            aria-label={t('composer.kind')}
            data={[
              { value: 'reply', label: t('composer.reply') },
              { value: 'note', label: t('composer.note') },
            ]}
          />
        </Group>
        <RichTextInput
          label={kind === 'note' ? t('composer.noteLabel') : t('composer.replyLabel')}
          value={body}
          onChange={change}
          resetKey={resetKey}
          onSubmitShortcut={submit}
        />
        <AttachmentInput value={attachments} onChange={setAttachments} />
        <ProblemAlert error={send.error} />
        <Group justify="flex-end" gap="sm">
          <Select
            aria-label={t('composer.statusAfter')}
            placeholder={t('composer.keepStatus')}
            data={AFTER_SEND.map((s) => ({
              value: s,
              label: t('composer.andSet', { status: t(`common:status.${s}`) }),
            }))}
            value={status}
            onChange={(value) => setStatus(value as TicketStatus | null)}
            clearable
            w={220}
          />
          <Button onClick={submit} loading={send.isPending} disabled={!body}>
            {kind === 'note' ? t('composer.addNote') : t('composer.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
