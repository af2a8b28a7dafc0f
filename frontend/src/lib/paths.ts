/**
 * Every route path of the SPA and the links into it, in one place: the router is built from the
 * patterns, screens link through the builders, so a path changes here or nowhere.
 */
export const patterns = {
  signIn: '/sign-in',
  portalSignIn: '/portal/sign-in',
  home: '/',
  inbox: '/tickets',
  newTicket: '/tickets/new',
  ticket: '/tickets/:ticketId',
  customers: '/customers',
  customer: '/customers/:customerId',
  workload: '/workload',
  compensationApprovals: '/compensations/pending',
  apiTokens: '/settings/api-tokens',
  sessions: '/settings/sessions',
  knowledgeBase: '/knowledge-base',
  newArticle: '/knowledge-base/new',
  article: '/knowledge-base/articles/:articleId',
  knowledgeBaseReports: '/knowledge-base/reports',
  adminQueues: '/admin/queues',
  adminUsers: '/admin/users',
  adminOutbox: '/admin/outbox',
  portal: '/portal',
  portalNewRequest: '/portal/requests/new',
  portalRequest: '/portal/requests/:requestId',
  help: '/help',
  helpCenter: '/help/:lang',
  helpSearch: '/help/:lang/search',
  helpSection: '/help/:lang/sections/:sectionId',
  helpArticle: '/help/:lang/articles/:articleRef',
} as const;

type Query = Record<string, string | number | undefined | null>;

const withQuery = (path: string, query: Query = {}) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
};

export const paths = {
  signIn: (next?: string) => withQuery(patterns.signIn, { next }),
  portalSignIn: (next?: string) => withQuery(patterns.portalSignIn, { next }),
  home: () => patterns.home,
  /** The inbox in one of its views, narrowed by any filters given. */
  inbox: (query: Query = {}) => withQuery(patterns.inbox, query),
  queueView: (queueId: number) => withQuery(patterns.inbox, { view: 'queue', queueId }),
  newTicket: (query: { customerId?: number; channel?: string } = {}) =>
    withQuery(patterns.newTicket, query),
  ticket: (id: number) => `/tickets/${id}`,
  customers: (q?: string) => withQuery(patterns.customers, { q }),
  customer: (id: number) => `/customers/${id}`,
  workload: () => patterns.workload,
  compensationApprovals: () => patterns.compensationApprovals,
  apiTokens: () => patterns.apiTokens,
  sessions: () => patterns.sessions,
  adminQueues: () => patterns.adminQueues,
  adminUsers: () => patterns.adminUsers,
  adminOutbox: () => patterns.adminOutbox,
  portal: () => patterns.portal,
  portalNewRequest: () => patterns.portalNewRequest,
  portalRequest: (id: number) => `/portal/requests/${id}`,
};

/** Only same-site paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
export const safeNext = (next: string | null, fallback: string) =>
  next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
