import { Button, Layout } from 'antd';
import { Link, Outlet, useOutletContext } from 'react-router-dom';
import { api } from '../shared/api.js';
import type { PublicCenter } from '../shared/api-types.js';
import { useI18n } from '../shared/i18n/index.js';
import { LanguageSwitch } from '../shared/language-switch.js';
import { useDocumentTitle } from '../shared/use-document-title.js';
import { useResource, type Resource } from '../shared/use-resource.js';
import { ApplicantMenu } from './account/applicant-menu.js';

/** The center shown on the portal, loaded once by the layout for every portal page. */
export function usePublicCenter(): Resource<PublicCenter> {
  return useOutletContext<Resource<PublicCenter>>();
}

/** The portal frame: the center's name on top, staff sign-in and language on the right. */
export function PortalLayout() {
  const { t } = useI18n();
  const overview = useResource(() => api.get<PublicCenter>('/api/public/center'), 'public-center');
  const name = overview.data?.center.name ?? t.app.portal;
  useDocumentTitle(overview.data ? `${name} · ${t.app.portal}` : t.app.portal);

  return (
    <Layout className="ow-portal">
      <header className="ow-portal-header">
        <div className="ow-portal-bar">
          <Link to="/" className="ow-portal-brand">
            <span className="ow-brand-mark">窗</span>
            <span className="ow-portal-name">{name}</span>
          </Link>
          <div className="ow-portal-tools">
            <Link to="/progress" className="ow-portal-link">
              {t.rating.portal.progress}
            </Link>
            <LanguageSwitch />
            <ApplicantMenu />
            <Link to="/console/login">
              <Button size="small" ghost>
                {t.portal.staffLogin}
              </Button>
            </Link>
          </div>
        </div>
      </header>
      <main className="ow-portal-main">
        <Outlet context={overview} />
      </main>
      <footer className="ow-portal-footer">
        <div>{overview.data ? `${overview.data.center.name} · ${overview.data.center.address} · ${overview.data.center.phone}` : null}</div>
        <div>{t.portal.footer}</div>
      </footer>
    </Layout>
  );
}
