import { Button } from 'antd';
import dayjs from 'dayjs';
import type { GuideCenter } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';

/** 打印: the browser's print dialog; guide.css lays the page out as an A4 notice. */
export function PrintButton() {
  const { t } = useI18n();
  return (
    <Button type="primary" className="ow-no-print" onClick={() => window.print()} data-testid="print-guide">
      {t.catalog.common.print}
    </Button>
  );
}

/** The printed page's top line: the center's name and the print date (shown on paper only). */
export function PrintHead({ center }: { center: GuideCenter | undefined }) {
  const { t, locale } = useI18n();
  const today = dayjs().format(locale === 'zh-CN' ? 'YYYY年M月D日' : 'D MMMM YYYY');
  return (
    <div className="ow-print-only ow-print-head">
      <span>{center?.name ?? ''}</span>
      <span>{t.catalog.common.printedOn(today)}</span>
    </div>
  );
}

/** The printed page's foot: where to ask, and that the window's notice prevails (paper only). */
export function PrintFoot({ center }: { center: GuideCenter | undefined }) {
  const { t } = useI18n();
  if (!center) return null;
  return (
    <div className="ow-print-only ow-print-foot">
      <div>{[center.name, center.address, center.phone ? `${t.catalog.common.phone} ${center.phone}` : ''].filter(Boolean).join(' · ')}</div>
      <div>{t.catalog.common.printNote}</div>
    </div>
  );
}
