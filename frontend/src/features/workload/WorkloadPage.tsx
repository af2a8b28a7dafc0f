import { Anchor, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { WorkloadRow } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import { workloadOptions } from './api/queries';

/** The workload's count fields, with the ticket status each one counts. */
const STATUSES = [
  ['new', 'new'],
  ['open', 'open'],
  ['pending', 'pending'],
  ['onHold', 'on_hold'],
] as const;
const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;

/** Who carries how much: open tickets per agent and per queue, by status and priority. */
export default function WorkloadPage() {
  const { t } = useTranslation('workload');
  usePageTitle(t('title'));
  const workload = useQuery(workloadOptions());

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text size="sm" c="dimmed">
          {t('intro')}
        </Text>
      </div>
      <ProblemAlert error={workload.error} />
      {workload.isPending ? (
        <Skeleton height={240} />
      ) : workload.data ? (
        <>
          <WorkloadTable
            caption={t('byAgent')}
            rows={[...workload.data.agents, workload.data.unassigned]}
            label={(row) => row.ref?.name ?? t('unassigned')}
            link={(row) =>
              paths.inbox({ view: 'all-open', assignee: row.ref ? row.ref.id : 'unassigned' })
            }
          />
          {workload.data.queues.length === 0 ? (
            <EmptyState title={t('noQueues')} />
          ) : (
            <WorkloadTable
              caption={t('byQueue')}
              rows={workload.data.queues}
              label={(row) => row.ref?.name ?? t('noQueue')}
              link={(row) => (row.ref ? paths.queueView(row.ref.id) : undefined)}
            />
          )}
        </>
      ) : null}
    </Stack>
  );
}

function WorkloadTable({
  caption,
  rows,
  label,
  link,
}: {
  caption: string;
  rows: WorkloadRow[];
  label: (row: WorkloadRow) => string;
  link: (row: WorkloadRow) => string | undefined;
}) {
  const { t } = useTranslation('workload');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('name')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('total')}
            </Table.Th>
            {STATUSES.map(([field, status]) => (
              <Table.Th scope="col" ta="right" key={field}>
                {t(`common:status.${status}`)}
              </Table.Th>
            ))}
            {PRIORITIES.map((p) => (
              <Table.Th scope="col" ta="right" key={p}>
                {t(`common:priority.${p}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => {
            const href = link(row);
            return (
              <Table.Tr key={row.ref?.id ?? `none-${index}`}>
                <Table.Th scope="row" fw={500}>
                  {href ? (
                    <Anchor component={Link} to={href}>
                      {label(row)}
                    </Anchor>
                  ) : (
                    label(row)
                  )}
                </Table.Th>
                <Table.Td ta="right" fw={700}>
                  {format.number(row.total)}
                </Table.Td>
                {STATUSES.map(([field]) => (
                  <Table.Td ta="right" key={field}>
                    {format.number(row.byStatus[field])}
                  </Table.Td>
                ))}
                {PRIORITIES.map((p) => (
                  <Table.Td ta="right" key={p}>
                    {format.number(row.byPriority[p])}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
