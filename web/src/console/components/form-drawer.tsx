import { Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../shared/i18n/index.js';

/** The drawer every create/edit form opens in, with Save and Cancel at the bottom. */
export function FormDrawer({ title, open, busy, onClose, onSave, children }: { title: string; open: boolean; busy: boolean; onClose: () => void; onSave: () => void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Drawer
      title={title}
      open={open}
      onClose={onClose}
      size={520}
      destroyOnHidden
      footer={
        <Space className="ow-drawer-footer">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button type="primary" loading={busy} onClick={onSave}>
            {t.common.save}
          </Button>
        </Space>
      }
    >
      {children}
    </Drawer>
  );
}
