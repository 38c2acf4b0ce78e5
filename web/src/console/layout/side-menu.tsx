import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { CONSOLE, NAV } from '../nav.js';
import { useMe } from '../session.js';

type Item = Required<MenuProps>['items'][number];

/** The side menu: only the pages the user's permissions open. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const { can } = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const visible = NAV.filter((entry) => can(entry.permission));
  const groups = [...new Set(visible.map((entry) => entry.group))];
  const items: Item[] = [
    { key: CONSOLE, label: t.menu.home },
    ...groups.map(
      (group): Item => ({
        type: 'group',
        key: group,
        label: t.shell.groups[group],
        children: visible.filter((entry) => entry.group === group).map((entry) => ({ key: entry.path, label: t.menu[entry.key] })),
      }),
    ),
  ];
  const selected = visible.find((entry) => pathname === entry.path || pathname.startsWith(entry.path + '/'))?.path ?? (pathname === CONSOLE ? CONSOLE : '');

  return (
    <Menu
      mode="inline"
      theme="dark"
      items={items}
      selectedKeys={[selected]}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
