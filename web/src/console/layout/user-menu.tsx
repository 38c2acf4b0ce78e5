import { App, Button, Dropdown, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { LanguageSwitch } from '../../shared/language-switch.js';
import { ROLE_LABELS } from '../../shared/roles.js';
import { ChangePasswordModal } from '../account/change-password-modal.js';
import { CONSOLE } from '../nav.js';
import { useMe, useSession } from '../session.js';

/** The header's right side: language, who is signed in with their roles, password and sign-out. */
export function UserMenu() {
  const { t, locale } = useI18n();
  const { me } = useMe();
  const { signOut } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [changing, setChanging] = useState(false);

  const leave = async () => {
    await signOut();
    void message.success(t.shell.signedOut);
    navigate(`${CONSOLE}/login`, { replace: true });
  };

  return (
    <Space size="middle" className="ow-user-menu">
      <LanguageSwitch />
      <Space size={4} className="ow-role-tags">
        {me.roles.map((role) => (
          <Tag key={role} color="blue" variant="filled">
            {ROLE_LABELS[role][locale]}
          </Tag>
        ))}
      </Space>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', label: t.shell.changePassword },
            { type: 'divider' },
            { key: 'signOut', label: t.shell.signOut, danger: true },
          ],
          onClick: ({ key }) => (key === 'password' ? setChanging(true) : void leave()),
        }}
      >
        <Button type="text" className="ow-user-button" data-testid="user-menu">
          <Typography.Text strong>{me.displayName}</Typography.Text>
          <Typography.Text type="secondary">{t.common.paren(me.username)}</Typography.Text>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </Space>
  );
}
