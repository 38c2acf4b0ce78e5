import { Button } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { PORTAL_ACCOUNT_PATHS } from './online-api.js';

/** 在线申请 on a service guide, for items whose channels include online. */
export function ApplyOnlineButton({ item }: { item: { id: string; channels: readonly string[] } }) {
  const { t } = useI18n();
  if (!item.channels.includes('online')) return null;
  return (
    <Link to={PORTAL_ACCOUNT_PATHS.apply(item.id)} className="ow-no-print">
      <Button type="primary">{t.online.apply.start}</Button>
    </Link>
  );
}
