import { useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { hasRole, isStaff, sessionStore } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { adoptAccountLanguage } from '@/lib/i18n';
import { paths } from '@/lib/paths';

/** Ends the session the moment its token expires, so the next screen is the sign-in page. */
function useExpiry(expiresAt: string | undefined) {
  useEffect(() => {
    if (!expiresAt) return;
    const remaining = Date.parse(expiresAt) - Date.now();
    // setTimeout overflows past ~24.8 days; such sessions are re-checked on the next load.
    if (remaining > 2 ** 31 - 1) return;
    const timer = setTimeout(() => sessionStore.clear(), Math.max(0, remaining));
    return () => clearTimeout(timer);
  }, [expiresAt]);
}

/** Any 401 clears the session (see the api client), which re-renders the guards into sign-in. */
function useSignInRedirect(signIn: (next: string) => string) {
  const session = useSession();
  const location = useLocation();
  const next = `${location.pathname}${location.search}`;
  useExpiry(session?.expiresAt);
  useEffect(() => adoptAccountLanguage(session?.user.language), [session?.user.language]);
  const target = signIn(next);
  return { session, target };
}

export function RequireStaff({ children }: { children: ReactNode }) {
  const { session, target } = useSignInRedirect(paths.signIn);
  if (!session) return <Navigate to={target} replace />;
  if (!isStaff(session.user)) return <Navigate to={paths.portal()} replace />;
  return children;
}

export function RequireCustomer({ children }: { children: ReactNode }) {
  const { session, target } = useSignInRedirect(paths.portalSignIn);
  if (!session) return <Navigate to={target} replace />;
  if (isStaff(session.user)) return <Navigate to={paths.home()} replace />;
  return children;
}

/** Only where the role allows; the server checks too, this keeps agents out of dead ends. */
export function RequireRole({ role }: { role: 'manager' | 'admin' }) {
  const session = useSession();
  if (!hasRole(session?.user, role)) return <Navigate to={paths.home()} replace />;
  return <Outlet />;
}
