import { Tag } from 'antd';
import { useI18n } from '../../shared/i18n/index.js';

/** 启用 / 已停用; an inactive record a history import created (占位) says so, and what to do with it. */
export function ActiveTag({ active, placeholder = false }: { active: boolean; placeholder?: boolean }) {
  const { t } = useI18n();
  if (active) return <Tag color="success">{t.common.active}</Tag>;
  if (placeholder) {
    return (
      <Tag color="warning" title={t.common.placeholderHint} data-testid="placeholder-tag">
        {t.common.placeholder}
      </Tag>
    );
  }
  return <Tag>{t.common.inactive}</Tag>;
}
