import { setupServer } from 'msw/node';

/** The HTTP-level API double; each test installs the handlers it needs with `server.use`. */
export const server = setupServer();
