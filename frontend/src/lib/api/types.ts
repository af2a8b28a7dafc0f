import type { components, operations } from './schema';

type Schemas = components['schemas'];

export type ApiTokenCreated = Schemas['ApiTokenCreated'];
export type ApiTokenView = Schemas['ApiTokenView'];
export type AttachmentView = Schemas['AttachmentView'];
export type Channel = Schemas['Channel'];
export type CompensationApproval = Schemas['CompensationApproval'];
export type CompensationKind = Schemas['CompensationKind'];
export type CompensationView = Schemas['CompensationView'];
export type CreateCompensationRequest = Schemas['CreateCompensationRequest'];
export type CreateCustomerRequest = Schemas['CreateCustomerRequest'];
export type CreateTicketRequest = Schemas['CreateTicketRequest'];
export type CreateUserRequest = Schemas['CreateUserRequest'];
export type CustomerView = Schemas['CustomerView'];
export type FieldError = Schemas['FieldError'];
export type LoginResponse = Schemas['LoginResponse'];
export type MessageKind = Schemas['MessageKind'];
export type MessageView = Schemas['MessageView'];
export type OutboxConsumerView = Schemas['OutboxConsumerView'];
export type OutboxFailureView = Schemas['OutboxFailureView'];
export type OutboxRetryResult = Schemas['OutboxRetryResult'];
export type PortalTicketSummary = Schemas['PortalTicketSummary'];
export type PortalTicketView = Schemas['PortalTicketView'];
export type PostalAddress = Schemas['PostalAddress'];
export type Problem = Schemas['Problem'];
export type QueueView = Schemas['QueueView'];
export type Reference = Schemas['Reference'];
export type Role = Schemas['Role'];
export type SessionView = Schemas['SessionView'];
export type TicketCounts = Schemas['TicketCounts'];
export type TicketEventView = Schemas['TicketEventView'];
export type TicketPriority = Schemas['TicketPriority'];
/** Written out in the `sort` parameter of `GET /api/v1/tickets`, not a schema of its own. */
export type TicketSort = NonNullable<
  NonNullable<operations['listTickets']['parameters']['query']>['sort']
>;
export type TicketStatus = Schemas['TicketStatus'];
export type TicketSummary = Schemas['TicketSummary'];
export type TicketView = Schemas['TicketView'];
export type UpdateTicketRequest = Schemas['UpdateTicketRequest'];
export type UserView = Schemas['UserView'];
export type Workload = Schemas['Workload'];
export type WorkloadRow = Schemas['WorkloadRow'];

export const TICKET_STATUSES = [
  'new',
  'open',
  'pending',
  'on_hold',
  'solved',
  'closed',
] as const satisfies readonly TicketStatus[];
export const OPEN_STATUSES = [
  'new',
  'open',
  'pending',
  'on_hold',
] as const satisfies readonly TicketStatus[];
export const TICKET_PRIORITIES = [
  'low',
  'normal',
  'high',
  'urgent',
] as const satisfies readonly TicketPriority[];
export const CHANNELS = [
  'phone',
  'email',
  'web',
  'chat',
  'social',
  'sms',
  'in_person',
  'api',
] as const satisfies readonly Channel[];
export const COMPENSATION_KINDS = [
  'monetary',
  'refund',
  'credit',
  'replacement',
  'discount',
  'gift',
  'other',
] as const satisfies readonly CompensationKind[];
export const ROLES = ['admin', 'manager', 'agent', 'customer'] as const satisfies readonly Role[];
export const STAFF_ROLES = ['admin', 'manager', 'agent'] as const satisfies readonly Role[];
