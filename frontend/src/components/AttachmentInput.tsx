import '@mantine/dropzone/styles.css';
import { CloseButton, Group, Loader, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { AttachmentView } from '@/lib/api/types';
import { problemMessage } from '@/lib/forms';
import { useFormat } from '@/lib/format';

const MAX_BYTES = 20 * 1024 * 1024;

async function upload(file: File): Promise<AttachmentView> {
  return unwrap(
    await api.POST('/api/v1/attachments', {
      body: { file: file as unknown as string },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
}

/** Files are uploaded as soon as they are dropped; the message then refers to them by id. */
export function AttachmentInput({
  value,
  onChange,
}: {
  value: AttachmentView[];
  onChange: (attachments: AttachmentView[]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [uploading, setUploading] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const accept = async (files: File[]) => {
    setError(null);
    setUploading((n) => n + files.length);
    const uploaded: AttachmentView[] = [];
    for (const file of files) {
      try {
        uploaded.push(await upload(file));
      } catch (e) {
        setError(t('attachments.failed', { name: file.name, reason: problemMessage(e, t) }));
      } finally {
        setUploading((n) => n - 1);
      }
    }
    onChange([...value, ...uploaded]);
  };

  return (
    <Stack gap={6}>
      <Dropzone
        onDrop={(files) => void accept(files)}
        onReject={(rejections) =>
          setError(
            t('attachments.tooLarge', {
              names: rejections.map((r) => r.file.name).join(', '),
              max: format.number(MAX_BYTES / 1024 / 1024),
            }),
          )
        }
        maxSize={MAX_BYTES}
        p="sm"
        aria-label={t('attachments.drop')}
      >
        <Group justify="center" gap="xs" mih={36} style={{ pointerEvents: 'none' }}>
          {uploading > 0 && <Loader size="xs" />}
          <Text size="sm" c="dimmed">
            {t('attachments.drop')}
          </Text>
        </Group>
      </Dropzone>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      {value.length > 0 && (
        <Group gap="xs" aria-label={t('attachments.list')}>
          {value.map((attachment) => (
            <Group
              key={attachment.id}
              gap={2}
              px={6}
              style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 6 }}
            >
              <Text size="sm">{attachment.filename}</Text>
              <CloseButton
                size="sm"
                aria-label={t('attachments.remove', { name: attachment.filename })}
                onClick={() => onChange(value.filter((a) => a.id !== attachment.id))}
              />
            </Group>
          ))}
        </Group>
      )}
    </Stack>
  );
}
