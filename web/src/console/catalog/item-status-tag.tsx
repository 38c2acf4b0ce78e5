import { Tag } from 'antd';
import type { ItemStatus } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';

const COLOR: Record<ItemStatus, string> = { active: 'success', cancelled: 'default', merged: 'purple' };

export function ItemStatusTag({ status }: { status: ItemStatus }) {
  const { t } = useI18n();
  return <Tag color={COLOR[status]}>{t.catalog.common.status[status]}</Tag>;
}
