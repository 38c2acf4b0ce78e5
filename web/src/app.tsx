import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { FullPageSpin } from './shared/full-page-spin.js';
import { Providers } from './shared/providers.js';

const ConsoleApp = lazy(() => import('./console/console-app.js').then((m) => ({ default: m.ConsoleApp })));
const PadApp = lazy(() => import('./pad/pad-app.js').then((m) => ({ default: m.PadApp })));
const BigScreenApp = lazy(() => import('./screens/big-screen/big-screen-app.js').then((m) => ({ default: m.BigScreenApp })));
const PublicScreen = lazy(() => import('./screens/public-screen/public-screen.js').then((m) => ({ default: m.PublicScreen })));
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
            <Route path="/screen/big" element={<BigScreenApp />} />
            <Route path="/screen/public" element={<PublicScreen />} />
            <Route path="/*" element={<PortalApp />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </Providers>
  );
}
