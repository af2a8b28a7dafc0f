import type { TicketCounts, TicketPriority, TicketStatus, Channel } from '@/lib/api/types';
import { OPEN_STATUSES } from '@/lib/api/types';

/** The inbox's saved views; each is a starting set of filters that the URL can narrow further. */
export const VIEWS = ['my-open', 'unassigned', 'all-open', 'pending', 'solved', 'queue'] as const;
export type View = (typeof VIEWS)[number];

export interface TicketFilters {
  status: TicketStatus[];
  priority: TicketPriority[];
  queueId?: number;
  assignee?: string;
  channel?: Channel;
  tag?: string;
  q?: string;
}

const base: Record<View, Partial<TicketFilters>> = {
  'my-open': { status: [...OPEN_STATUSES], assignee: 'me' },
  unassigned: { status: [...OPEN_STATUSES], assignee: 'unassigned' },
  'all-open': { status: [...OPEN_STATUSES] },
  pending: { status: ['pending'] },
  solved: { status: ['solved'] },
  queue: { status: [...OPEN_STATUSES] },
};

export const parseView = (value: string | null): View =>
  (VIEWS as readonly string[]).includes(value ?? '') ? (value as View) : 'my-open';

const numberOrUndefined = (value: string | null) => {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** What the URL asks for: the view's filters, overridden by any filter named explicitly. */
export function filtersFromUrl(params: URLSearchParams): { view: View; filters: TicketFilters } {
  const view = parseView(params.get('view'));
  const defaults = base[view];
  const statuses = params.getAll('status') as TicketStatus[];
  const priorities = params.getAll('priority') as TicketPriority[];
  const filters: TicketFilters = {
    status: statuses.length ? statuses : (defaults.status ?? []),
    priority: priorities,
    queueId: numberOrUndefined(params.get('queueId')),
    assignee: params.get('assignee') ?? defaults.assignee,
    channel: (params.get('channel') as Channel | null) ?? undefined,
    tag: params.get('tag') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  return { view, filters };
}

/** The count shown beside a view in the navigation. */
export function viewCount(counts: TicketCounts | undefined, view: Exclude<View, 'queue'>) {
  if (!counts) return undefined;
  return {
    'my-open': counts.myOpen,
    unassigned: counts.unassigned,
    'all-open': counts.allOpen,
    pending: counts.pending,
    solved: counts.solved,
  }[view];
}
