import { Tag } from 'antd';
import { useI18n } from '../../shared/i18n/index.js';

export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useI18n();
  return active ? <Tag color="success">{t.common.active}</Tag> : <Tag>{t.common.inactive}</Tag>;
}
