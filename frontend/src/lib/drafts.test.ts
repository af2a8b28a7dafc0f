import { agent, signInAs } from '@/testing/render';
import { sessionStore } from '@/lib/auth/session';
import { drafts } from './drafts';

const other = { ...agent, id: 9, name: 'Other Agent', email: 'other@example.com' };

describe('drafts', () => {
  it('belong to the person who wrote them', () => {
    signInAs(agent);
    drafts.save('ticket.7', { body: '<p>Dear customer</p>', kind: 'public' });
    expect(drafts.load('ticket.7')?.body).toBe('<p>Dear customer</p>');

    signInAs(other);
    expect(drafts.load('ticket.7')).toBeNull();
    drafts.save('ticket.7', { body: '<p>Mine</p>' });

    signInAs(agent);
    expect(drafts.load('ticket.7')?.body).toBe('<p>Dear customer</p>');
  });

  it('survive an expired session but not a sign-out', () => {
    signInAs(agent);
    drafts.save('ticket.7', { body: '<p>Half written</p>' });
    sessionStore.clear(); // expiry or a 401
    expect(drafts.load('ticket.7')).toBeNull();
    signInAs(agent);
    expect(drafts.load('ticket.7')?.body).toBe('<p>Half written</p>');

    signInAs(other);
    drafts.save('ticket.8', { body: '<p>Theirs</p>' });
    drafts.clearUser(agent.id);
    signInAs(agent);
    expect(drafts.load('ticket.7')).toBeNull();
    signInAs(other);
    expect(drafts.load('ticket.8')?.body).toBe('<p>Theirs</p>');
  });

  it('are not kept without a signed-in user, and unowned ones from before go at sign-out', () => {
    drafts.save('ticket.7', { body: '<p>Nobody</p>' });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('kaiku.draft.'))).toEqual([]);
    localStorage.setItem('kaiku.draft.ticket.3', JSON.stringify({ body: 'old' }));
    drafts.clearUser(agent.id);
    expect(localStorage.getItem('kaiku.draft.ticket.3')).toBeNull();
  });
});
