import { Badge, Group, Paper, Skeleton, Stack, Text, Title, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttachmentLinks } from '@/components/AttachmentLinks';
import { EmptyState } from '@/components/EmptyState';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { MessageView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { usePortalMessages } from './queries';

/** The public replies on one request, oldest first, as the customer may see them. */
export function PortalConversation({ requestId }: { requestId: number }) {
  const { t } = useTranslation('portal');
  const messages = usePortalMessages(requestId);
  return (
    <section aria-labelledby="portal-conversation">
      <Title order={3} size="h4" id="portal-conversation" mb="sm">
        {t('request.conversation')}
      </Title>
      <ProblemAlert error={messages.error} />
      {messages.isPending ? (
        <Skeleton height={80} aria-label={t('common:state.loading')} />
      ) : messages.data?.length === 0 ? (
        <EmptyState title={t('request.noMessages')} />
      ) : (
        <Stack gap="sm">
          {messages.data?.map((message) => (
            <PortalMessage key={message.id} message={message} />
          ))}
        </Stack>
      )}
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
