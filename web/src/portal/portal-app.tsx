import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../shared/results.js';
import './portal.css';
import { PortalHome } from './home-page.js';
import { PortalLayout } from './portal-layout.js';

/**
 * The public portal (网上办事大厅), open without signing in. Each later module (service guides,
 * progress query, appointments, rating, complaints) adds its page here as a route under the layout.
 */
export function PortalApp() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<PortalHome />} />
        <Route path="*" element={<NotFound home="/" />} />
      </Route>
    </Routes>
  );
}
