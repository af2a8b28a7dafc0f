import { Badge, Group, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AttachmentLinks } from '@/components/AttachmentLinks';
import { QueryState } from '@/components/QueryState';
import type { MessageView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { portalMessagesOptions } from './api/queries';

/** The public replies on one request, oldest first, as the customer may see them. */
export function PortalConversation({ requestId }: { requestId: number }) {
  const { t } = useTranslation('portal');
  const messages = useQuery(portalMessagesOptions(requestId));
  return (
    <section aria-labelledby="portal-conversation">
      <Title order={3} size="h4" id="portal-conversation" mb="sm">
        {t('request.conversation')}
      </Title>
      <QueryState
        query={messages}
        empty={messages.data?.length === 0}
        emptyTitle={t('request.noMessages')}
        skeletonHeight={80}
      >
        <Stack gap="sm">
          {messages.data?.map((message) => (
            <PortalMessage key={message.id} message={message} />
          ))}
        </Stack>
      </QueryState>
    </section>
  );
}

function PortalMessage({ message }: { message: MessageView }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const mine = message.author?.type === 'customer';
  const name = mine ? t('request.you') : (message.author?.name ?? t('request.support'));
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={t('request.messageFrom', { name })}
      // Support's answers are tinted and indented; the badge says the same in words.
      bg={mine ? undefined : 'var(--mantine-color-kaiku-light)'}
      ml={mine ? 'xl' : 0}
      mr={mine ? 0 : 'xl'}
    >
      <Group justify="space-between" mb={4}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {name}
          </Text>
          <Badge size="xs" variant={mine ? 'outline' : 'dot'} color={mine ? 'gray' : undefined}>
            {mine ? t('request.fromYou') : t('request.supportTeam')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" component="time" dateTime={message.createdAt}>
          {format.dateTime(message.createdAt)}
        </Text>
      </Group>
      <Typography fz="sm">
        {/* The server sanitised this HTML when it was stored. */}
        <div dangerouslySetInnerHTML={{ __html: message.body }} />
      </Typography>
      <AttachmentLinks attachments={message.attachments} />
    </Paper>
  );
}
