import { Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../shared/i18n/index.js';

/** The drawer every create/edit form opens in, with Save (or `saveText`) and Cancel at the bottom. */
export function FormDrawer(props: { title: string; open: boolean; busy: boolean; onClose: () => void; onSave: () => void; saveText?: string; size?: number; children: ReactNode }) {
  const { title, open, busy, onClose, onSave, saveText, size = 520, children } = props;
  const { t } = useI18n();
  return (
    <Drawer
      title={title}
      open={open}
      onClose={onClose}
      size={size}
      destroyOnHidden
      footer={
        <Space className="ow-drawer-footer">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button type="primary" loading={busy} onClick={onSave}>
            {saveText ?? t.common.save}
          </Button>
        </Space>
      }
    >
      {children}
    </Drawer>
  );
}
