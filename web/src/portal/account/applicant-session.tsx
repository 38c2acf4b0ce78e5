import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { apiSession } from '../../shared/api.js';
import { FullPageSpin } from '../../shared/full-page-spin.js';
import { onlineApi, PORTAL_ACCOUNT_PATHS, type ApplicantMe } from '../apply/online-api.js';

type State = { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; me: ApplicantMe };

interface ApplicantSession {
  state: State;
  signedIn: (me: ApplicantMe) => void;
  signOut: () => Promise<void>;
}

const Context = createContext<ApplicantSession | null>(null);

/** The portal applicant's session (its own cookie, separate from staff): who is signed in, and their CSRF token on writes. */
export function ApplicantSessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const signedIn = useCallback((me: ApplicantMe) => {
    apiSession.setCsrfToken(me.csrfToken);
    setState({ status: 'signedIn', me });
  }, []);
  useEffect(() => {
    onlineApi.me().then(signedIn, () => setState({ status: 'signedOut' }));
  }, [signedIn]);
  const signOut = useCallback(async () => {
    await onlineApi.logout().catch(() => undefined);
    apiSession.setCsrfToken(null);
    setState({ status: 'signedOut' });
  }, []);
  const value = useMemo(() => ({ state, signedIn, signOut }), [state, signedIn, signOut]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useApplicantSession(): ApplicantSession {
  const value = useContext(Context);
  if (!value) throw new Error('useApplicantSession outside ApplicantSessionProvider');
  return value;
}

/** Pages for signed-in applicants: others go to sign in and come back afterwards. */
export function RequireApplicant({ children }: { children: (me: ApplicantMe) => ReactNode }) {
  const { state } = useApplicantSession();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'signedOut') return <Navigate to={`${PORTAL_ACCOUNT_PATHS.signIn}?next=${encodeURIComponent(location.pathname)}`} replace />;
  return children(state.me);
}
