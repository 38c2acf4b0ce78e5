import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, apiSession } from '../shared/api.js';
import type { Me } from '../shared/api-types.js';
import type { Permission } from './access.js';

type State = { status: 'loading' } | { status: 'signedOut'; expired: boolean } | { status: 'signedIn'; me: Me };

interface Session {
  state: State;
  signIn: (username: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in: asked of the server once, kept up to date on sign-in, sign-out and expiry. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  const enter = useCallback((me: Me) => {
    apiSession.setCsrfToken(me.csrfToken);
    setState({ status: 'signedIn', me });
  }, []);

  useEffect(() => {
    let live = true;
    api.get<Me>('/api/auth/me').then(
      (me) => {
        if (live) enter(me);
      },
      () => {
        if (live) setState({ status: 'signedOut', expired: false });
      },
    );
    const stop = apiSession.onUnauthorized(() => {
      apiSession.setCsrfToken(null);
      setState({ status: 'signedOut', expired: true });
    });
    return () => {
      live = false;
      stop();
    };
  }, [enter]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const me = await api.post<Me>('/api/auth/login', { username, password });
      enter(me);
      return me;
    },
    [enter],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
    apiSession.setCsrfToken(null);
    setState({ status: 'signedOut', expired: false });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user, inside the console shell (which renders only when signed in). */
export function useMe(): { me: Me; can: (permission: Permission) => boolean } {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe outside a signed-in page');
  const me = state.me;
  return { me, can: (permission) => me.permissions.includes(permission) };
}
