import { Input, Tag } from 'antd';
import { useI18n } from '../../shared/i18n/index.js';

/**
 * The reason of a 差评 (or a comment on a good rating): common reasons as tags to tap, which are
 * added to the text, and the free text itself.
 */
export function ReasonInput({ value, onChange, placeholder, large }: { value: string; onChange: (text: string) => void; placeholder: string; large?: boolean }) {
  const { t } = useI18n();
  const picked = (reason: string) => value.split('；').includes(reason);
  const toggle = (reason: string) => {
    const parts = value.split('；').map((p) => p.trim()).filter(Boolean);
    onChange((picked(reason) ? parts.filter((p) => p !== reason) : [...parts, reason]).join('；'));
  };
  return (
    <div className={`ow-reason${large ? ' ow-reason-large' : ''}`}>
      <div className="ow-reason-tags">
        {t.rating.rate.reasons.map((reason) => (
          <Tag.CheckableTag key={reason} checked={picked(reason)} onChange={() => toggle(reason)} className="ow-reason-tag">
            {reason}
          </Tag.CheckableTag>
        ))}
      </div>
      <Input.TextArea value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} maxLength={500} showCount autoSize={{ minRows: 3, maxRows: 6 }} aria-label={placeholder} />
    </div>
  );
}
