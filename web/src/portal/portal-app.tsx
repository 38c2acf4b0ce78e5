import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../shared/results.js';
import './portal.css';
import { AnnouncementsPage } from './catalog/announcements-page.js';
import { BundlePage } from './catalog/bundle-page.js';
import { BundlesPage } from './catalog/bundles-page.js';
import { FeesPage } from './catalog/fees-page.js';
import { GuidePage } from './catalog/guide-page.js';
import { GuidesPage } from './catalog/guides-page.js';
import { PortalHome } from './home-page.js';
import { PortalLayout } from './portal-layout.js';
import { ProgressPage } from './progress/progress-page.js';
import { RatePage } from './rating/rate-page.js';
import { ApplicantSessionProvider } from './account/applicant-session.js';
import { RegisterPage } from './account/register-page.js';
import { SignInPage } from './account/sign-in-page.js';
import { ApplicationPage } from './apply/application-page.js';
import { MyApplicationsPage } from './apply/my-applications-page.js';
import { StartPage } from './apply/start-page.js';

/**
 * The public portal (网上办事大厅), open without signing in. Each module adds its pages here as
 * routes under the layout: the catalog's guides (办事指南), bundles (一件事), cleanup announcements
 * and fee list; later progress query, appointments, rating, complaints.
 */
export function PortalApp() {
  return (
    <ApplicantSessionProvider>
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<PortalHome />} />
        <Route path="guides" element={<GuidesPage />} />
        <Route path="guide/:idOrCode" element={<GuidePage />} />
        <Route path="bundles" element={<BundlesPage />} />
        <Route path="bundles/:id" element={<BundlePage />} />
        <Route path="announcements" element={<AnnouncementsPage />} />
        <Route path="fees" element={<FeesPage />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="rate" element={<RatePage />} />
        <Route path="account/sign-in" element={<SignInPage />} />
        <Route path="account/register" element={<RegisterPage />} />
        <Route path="apply/:itemId" element={<StartPage />} />
        <Route path="my/applications" element={<MyApplicationsPage />} />
        <Route path="my/applications/:id" element={<ApplicationPage />} />
        <Route path="*" element={<NotFound home="/" />} />
      </Route>
    </Routes>
    </ApplicantSessionProvider>
  );
}
