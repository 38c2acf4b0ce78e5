import { Layout, Typography } from 'antd';
import { useState } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { CONSOLE } from '../nav.js';
import { orgApi } from '../org/org-api.js';
import { useMe } from '../session.js';
import { SideMenu } from './side-menu.js';
import { UserMenu } from './user-menu.js';

/** The console frame: the menu by permission on the left, the user and language on top. */
export function Shell() {
  const { t } = useI18n();
  const { me } = useMe();
  const centers = useResource(() => orgApi.centers({ includeInactive: true }), me.id);
  const centerName = centers.data?.find((c) => c.id === me.centerId)?.name ?? '';
  useDocumentTitle(centerName ? `${t.app.console} · ${centerName}` : t.app.console);
  const [narrow, setNarrow] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout className="ow-shell">
      <Layout.Sider
        width={216}
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        onBreakpoint={(broken) => {
          setNarrow(broken);
          setCollapsed(broken);
        }}
        className="ow-sider"
      >
        <Link to={CONSOLE} className="ow-brand">
          <span className="ow-brand-mark">窗</span>
          <span className="ow-brand-text">{t.app.brand}</span>
        </Link>
        <SideMenu onNavigate={() => narrow && setCollapsed(true)} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="ow-header">
          <Typography.Text className="ow-header-title">{centerName}</Typography.Text>
          <UserMenu />
        </Layout.Header>
        <Layout.Content className="ow-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
