import { filtersFromUrl } from './views';

describe('filtersFromUrl', () => {
  it('starts from the view and lets explicit filters override it', () => {
    const { view, filters } = filtersFromUrl(
      new URLSearchParams('view=unassigned&status=pending&priority=urgent&priority=high&q=refund'),
    );
    expect(view).toBe('unassigned');
    expect(filters.status).toEqual(['pending']);
    expect(filters.assignee).toBe('unassigned');
    expect(filters.priority).toEqual(['urgent', 'high']);
    expect(filters.q).toBe('refund');
  });

  it('falls back to my open tickets for an unknown view and ignores a malformed queue id', () => {
    const { view, filters } = filtersFromUrl(new URLSearchParams('view=bogus&queueId=abc'));
    expect(view).toBe('my-open');
    expect(filters.assignee).toBe('me');
    expect(filters.status).toEqual(['new', 'open', 'pending', 'on_hold']);
    expect(filters.queueId).toBeUndefined();
  });
});
