import type { CustomerView, TicketSummary, TicketView } from '@/lib/api/types';

export const customer: CustomerView = {
  id: 7,
  name: 'Aino Virtanen',
  email: 'aino@example.com',
  phone: '+358 40 123 4567',
  hasPortalAccess: false,
  createdAt: '2026-11-01T08:00:00Z',
  updatedAt: '2026-11-01T08:00:00Z',
  version: 0,
};

export const ticket: TicketView = {
  id: 42,
  number: 'KA-000042',
  subject: 'Invoice charged twice',
  description: 'Charged twice in October.',
  channel: 'phone',
  status: 'open',
  priority: 'normal',
  customerLosingMoney: false,
  customer,
  tags: [],
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
  version: 3,
};

export const summary = (overrides: Partial<TicketSummary> = {}): TicketSummary => ({
  id: 1,
  number: 'KA-000001',
  subject: 'A ticket',
  status: 'open',
  priority: 'normal',
  customerLosingMoney: false,
  channel: 'email',
  customer: { id: customer.id, name: customer.name },
  tags: [],
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
  ...overrides,
});
