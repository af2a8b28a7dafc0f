import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fetchBlob } from '@/lib/api/client';
import type { AttachmentView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';

/** Downloads go through fetch because the bearer token cannot ride on a plain link. */
export function AttachmentLinks({ attachments }: { attachments: AttachmentView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (attachments.length === 0) return null;
  const open = async (attachment: AttachmentView) => {
    const blob = await fetchBlob(`/api/v1/attachments/${attachment.id}/content`);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = attachment.filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <Group gap="sm" mt="xs" aria-label={t('attachments.list')}>
      {attachments.map((attachment) => (
        <Anchor
          component="button"
          type="button"
          size="sm"
          key={attachment.id}
          onClick={() => void open(attachment)}
        >
          {attachment.filename}{' '}
          <Text span size="xs" c="dimmed">
            (
            {t('attachments.size', {
              size: format.number(Math.max(1, Math.round(attachment.size / 1024))),
            })}
            )
          </Text>
        </Anchor>
      ))}
    </Group>
  );
}
