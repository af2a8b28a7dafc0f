import { Badge, Group, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AttachmentLinks } from '@/components/AttachmentLinks';
import { QueryState } from '@/components/QueryState';
import type { MessageView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { messagesOptions } from './api/queries';

export function Conversation({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation('tickets');
  const messages = useQuery(messagesOptions(ticketId));
  return (
    <section aria-labelledby="conversation">
      <Title order={3} size="h4" id="conversation" mb="sm">
        {t('conversation.title')}
      </Title>
      <QueryState
        query={messages}
        empty={messages.data?.length === 0}
        emptyTitle={t('conversation.empty')}
        skeletonHeight={80}
      >
        <Stack gap="sm">
          {messages.data?.map((message) => (
            <Message key={message.id} message={message} />
          ))}
        </Stack>
      </QueryState>
    </section>
  );
}

/** Internal notes look different and say so in words: they never reach the customer. */
function Message({ message }: { message: MessageView }) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const note = message.kind === 'note';
  const fromCustomer = message.author?.type === 'customer';
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      data-kind={message.kind}
      aria-label={
        note
          ? t('conversation.noteBy', { name: message.author?.name ?? '' })
          : t('conversation.replyBy', { name: message.author?.name ?? '' })
      }
      bg={
        note
          ? 'var(--mantine-color-yellow-light)'
          : fromCustomer
            ? undefined
            : 'var(--mantine-color-kaiku-light)'
      }
      style={note ? { borderStyle: 'dashed' } : undefined}
    >
      <Group justify="space-between" mb={4}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {message.author?.name ?? t('conversation.system')}
          </Text>
          <Badge
            size="xs"
            variant={note ? 'filled' : 'dot'}
            color={note ? 'yellow' : fromCustomer ? 'gray' : 'kaiku'}
          >
            {note
              ? t('conversation.note')
              : fromCustomer
                ? t('conversation.fromCustomer')
                : t('conversation.reply')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {format.dateTime(message.createdAt)}
        </Text>
      </Group>
      <Typography fz="sm">
        {/* The server sanitises every body (OWASP policy) before storing it. */}
        <div dangerouslySetInnerHTML={{ __html: message.body }} />
      </Typography>
      <AttachmentLinks attachments={message.attachments} />
    </Paper>
  );
}
