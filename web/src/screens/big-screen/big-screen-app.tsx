import { RequirePermission, RequireSession } from '../../console/guard.js';
import { SessionProvider } from '../../console/session.js';
import { BigScreen } from './big-screen.js';

/** /screen/big: for a staff session with stats.read; others sign in first and come back here. */
export function BigScreenApp() {
  return (
    <SessionProvider>
      <RequireSession>
        <RequirePermission permission="stats.read">
          <BigScreen />
        </RequirePermission>
      </RequireSession>
    </SessionProvider>
  );
}
