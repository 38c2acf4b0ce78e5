import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n/index.js';

/**
 * 停用 / 启用 for one record: nothing is ever deleted. `path` is the record's API path, e.g.
 * /api/org/windows/<id>; the server's refusal (e.g. deactivating oneself) is shown as is.
 */
export function ActivationButton({ path, active, onDone }: { path: string; active: boolean; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      await api.post(`${path}/${active ? 'deactivate' : 'activate'}`);
      void message.success(active ? t.common.deactivated : t.common.activated);
      onDone();
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popconfirm
      title={active ? t.common.deactivateConfirm : t.common.activateConfirm}
      okText={t.common.confirm}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: active }}
      onConfirm={run}
    >
      <Button type="link" size="small" danger={active} loading={busy}>
        {active ? t.common.deactivate : t.common.activate}
      </Button>
    </Popconfirm>
  );
}
