import { paths, patterns, safeNext } from './paths';

describe('paths', () => {
  it('builds links that the route patterns match', () => {
    expect(paths.ticket(42)).toBe(patterns.ticket.replace(':ticketId', '42'));
    expect(paths.customer(7)).toBe(patterns.customer.replace(':customerId', '7'));
    expect(paths.portalRequest(3)).toBe(patterns.portalRequest.replace(':requestId', '3'));
    expect(paths.queueView(5)).toBe('/tickets?view=queue&queueId=5');
    expect(paths.inbox({ view: 'all-open', assignee: undefined })).toBe('/tickets?view=all-open');
    expect(paths.signIn('/tickets/1?x=1')).toBe('/sign-in?next=%2Ftickets%2F1%3Fx%3D1');
  });

  it('follows only same-site paths after sign-in', () => {
    expect(safeNext('/tickets/1', '/')).toBe('/tickets/1');
    expect(safeNext('//evil.example', '/')).toBe('/');
    expect(safeNext('https://evil.example', '/')).toBe('/');
    expect(safeNext(null, '/portal')).toBe('/portal');
  });
});
