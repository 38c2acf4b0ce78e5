import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { FullPageSpin } from './shared/full-page-spin.js';
import { Providers } from './shared/providers.js';

const ConsoleApp = lazy(() => import('./console/console-app.js').then((m) => ({ default: m.ConsoleApp })));
const PadApp = lazy(() => import('./pad/pad-app.js').then((m) => ({ default: m.PadApp })));
const PortalApp = lazy(() => import('./portal/portal-app.js').then((m) => ({ default: m.PortalApp })));

/** Two apps in one bundle set: the staff console under /console, the public portal everywhere else. */
export function App() {
  return (
    <Providers>
      <BrowserRouter>
        <Suspense fallback={<FullPageSpin />}>
          <Routes>
            <Route path="/console/*" element={<ConsoleApp />} />
            <Route path="/pad" element={<PadApp />} />
            <Route path="/*" element={<PortalApp />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </Providers>
  );
}
