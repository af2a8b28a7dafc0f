import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { theme } from '@/app/theme';
import { ApiProblem } from '@/lib/api/problem';
import { QueryState } from './QueryState';

const show = (query: { isPending: boolean; error: unknown; data?: unknown }, empty = false) =>
  render(
    <MantineProvider theme={theme} env="test">
      <QueryState query={query} empty={empty} emptyTitle="Nothing here">
        <p>the content</p>
      </QueryState>
    </MantineProvider>,
  );

describe('QueryState', () => {
  it('shows loading, then a failure in words, then empty, then the content', () => {
    show({ isPending: true, error: null });
    expect(screen.getByLabelText('Loading…')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText('the content')).not.toBeInTheDocument();

    const failure = new ApiProblem({ status: 404, code: 'queue.not-found' });
    show({ isPending: false, error: failure });
    expect(screen.getByRole('alert')).toHaveTextContent('This queue does not exist.');

    show({ isPending: false, error: null, data: [] }, true);
    expect(screen.getByText('Nothing here')).toBeInTheDocument();

    show({ isPending: false, error: null, data: [1] });
    expect(screen.getByText('the content')).toBeInTheDocument();
  });

  it('keeps the data it has when a refetch fails, with the problem above it', () => {
    show({ isPending: false, error: new ApiProblem({ status: 503 }), data: [1] });
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByText('the content')).toBeInTheDocument();
  });
});
