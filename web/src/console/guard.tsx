import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { FullPageSpin } from '../shared/full-page-spin.js';
import { Forbidden } from '../shared/results.js';
import type { Permission } from './access.js';
import { CONSOLE } from './nav.js';
import { useMe, useSession } from './session.js';

/** Signed-in pages: others go to the sign-in page, which brings them back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'signedOut') {
    return <Navigate to={`${CONSOLE}/login`} replace state={{ from: location.pathname + location.search, expired: state.expired }} />;
  }
  return children;
}

/** A page the user's roles may not open shows 无权访问 instead of its content. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useMe();
  return can(permission) ? children : <Forbidden home={CONSOLE} />;
}
