import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api';
import { renderRoute } from '@/testing/render';
import { server } from '@/testing/server';
import HelpArticlePage from './help-center/help-article-page';
import { DeflectionSuggestions } from './portal/deflection-suggestions';

const article = {
  id: 5,
  language: 'en',
  requestedLanguage: 'ja',
  fallback: true,
  title: 'Reset a forgotten password',
  slug: 'reset-a-forgotten-password',
  bodyHtml: '<p>Choose <strong>Forgot password</strong>.</p>',
  section: { id: 2, name: 'Account' },
  category: { id: 1, name: 'Sign-in' },
  visibility: 'public' as const,
  version: 3,
  publishedAt: '2026-11-20T09:00:00Z',
  translations: [{ language: 'en', title: 'Reset a forgotten password', slug: 'reset' }],
  attachments: [],
};

describe('help center article', () => {
  it('says when it falls back to another language, counts the view and takes feedback', async () => {
    let viewed: unknown;
    let feedback: unknown;
    server.use(
      mockApi('get', '/api/v1/help-center/articles/{id}', () => article),
      mockApi('post', '/api/v1/help-center/articles/{id}/views', async ({ request }) => {
        viewed = await request.json();
        return new Response(null, { status: 204 });
      }),
      mockApi('post', '/api/v1/help-center/articles/{id}/feedback', async ({ request }) => {
        feedback = await request.json();
        return new Response(null, { status: 204 });
      }),
    );
    renderRoute(<HelpArticlePage />, {
      path: '/help/:lang/articles/:articleRef',
      url: '/help/ja/articles/5-reset',
    });
    expect(await screen.findByRole('heading', { name: article.title })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(/not yet available in your language/);
    await vi.waitFor(() => expect(viewed).toEqual({ language: 'en' }));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.type(screen.getByRole('textbox', { name: /improve/ }), 'Link expired');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Thank you');
    expect(feedback).toEqual({ language: 'en', helpful: false, comment: 'Link expired' });
  });
});

describe('deflection suggestions', () => {
  it('suggests articles for what the customer types and records "this answered my question"', async () => {
    let recorded: unknown;
    server.use(
      mockApi('get', '/api/v1/help-center/suggestions', ({ request }) => {
        const q = new URL(request.url).searchParams.get('q') ?? '';
        return {
          query: q,
          language: 'en',
          fuzzy: false,
          items: q.includes('password')
            ? [
                {
                  articleId: 5,
                  language: 'en',
                  title: article.title,
                  titleHighlighted: 'Reset a forgotten <mark>password</mark>',
                  snippet: 'Choose Forgot <mark>password</mark>',
                  slug: 'reset',
                  section: { id: 2, name: 'Account' },
                  category: { id: 1, name: 'Sign-in' },
                  visibility: 'public' as const,
                  score: 0.5,
                },
              ]
            : [],
        };
      }),
      mockApi('post', '/api/v1/help-center/deflections', async ({ request }) => {
        recorded = await request.json();
        return { id: 1, outcome: 'deflected' as const, articlesRead: [] };
      }),
    );
    renderRoute(<DeflectionSuggestions text="I forgot my password" />);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: `“${article.title}” answered my question` }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('did not create a request');
    expect(recorded).toMatchObject({ outcome: 'deflected', articleId: 5, language: 'en' });
  });
});
