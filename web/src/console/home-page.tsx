import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../shared/i18n/index.js';
import { ROLE_LABELS } from '../shared/roles.js';
import { useResource } from '../shared/use-resource.js';
import { NAV } from './nav.js';
import { byId, orgApi } from './org/org-api.js';
import { useMe } from './session.js';

/** 工作台: who the user is, where they work, and the pages open to them. */
export function ConsoleHome() {
  const { t, locale } = useI18n();
  const { me, can } = useMe();
  const org = useResource(() => Promise.all([orgApi.centers(), orgApi.departments(), orgApi.windows()]), me.id);
  const [centers, departments, windows] = org.data ?? [];
  const center = byId(centers).get(me.centerId);
  const department = me.departmentId ? byId(departments).get(me.departmentId) : undefined;
  const window = me.windowId ? byId(windows).get(me.windowId) : undefined;

  return (
    <div className="ow-page">
      <Card className="ow-welcome">
        <Typography.Title level={3}>{t.home.greeting(me.displayName)}</Typography.Title>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            { key: 'center', label: t.common.center, children: center?.name ?? '—' },
            { key: 'department', label: t.common.department, children: department?.name ?? '—' },
            { key: 'window', label: t.common.window, children: window ? `${window.number} ${window.name}` : '—' },
            {
              key: 'roles',
              label: t.home.roles,
              children: (
                <Space size={4} wrap>
                  {me.roles.map((r) => (
                    <Tag key={r} color="blue">
                      {ROLE_LABELS[r][locale]}
                    </Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Typography.Title level={5} className="ow-section-title">
        {t.home.shortcuts}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {NAV.filter((entry) => can(entry.permission)).map((entry) => (
          <Col key={entry.key} xs={24} sm={12} lg={8} xl={6}>
            <Link to={entry.path}>
              <Card hoverable className="ow-shortcut">
                <Typography.Text strong>{t.menu[entry.key]}</Typography.Text>
                <Typography.Paragraph type="secondary">
                  {t.pageHints[entry.key]}
                </Typography.Paragraph>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
