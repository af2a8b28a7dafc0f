import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import PortalNewRequestPage from './PortalNewRequestPage';

describe('PortalNewRequestPage', () => {
  it("puts the server's field error next to the field it names", async () => {
    signInAs({ ...agent, role: 'customer', customerId: 7 });
    server.use(
      mockApi('get', '/api/v1/queues', () => []),
      mockApi('post', '/api/v1/portal/tickets', () =>
        problem(400, 'validation.failed', 'subject: too long', [{ field: 'subject', code: 'size', message: 'size must be between 0 and 200' }]),
      ),
    );
    renderRoute(<PortalNewRequestPage />, { path: '/portal/requests/new' });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^Subject/ }), 'Printer');
    await user.type(screen.getByRole('textbox', { name: /^Description/ }), 'It jams.');
    await user.click(screen.getByRole('button', { name: 'Submit request' }));
    const subject = screen.getByRole('textbox', { name: /^Subject/ });
    expect(await screen.findByText('Too long or too short')).toBeInTheDocument();
    expect(subject).toHaveAttribute('aria-invalid', 'true');
  });
});
