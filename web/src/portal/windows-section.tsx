import { Tag } from 'antd';
import type { Department, ServiceWindow } from '../shared/api-types.js';
import { useI18n } from '../shared/i18n/index.js';

const KIND_COLOR: Record<ServiceWindow['kind'], string> = { dedicated: 'blue', comprehensive: 'green', category: 'orange' };

/** 服务窗口: number, name, where it is in the hall, what kind, and the departments it serves. */
export function WindowsSection({ windows, departments }: { windows: ServiceWindow[]; departments: Department[] }) {
  const { t } = useI18n();
  const shortName = new Map(departments.map((d) => [d.id, d.shortName]));
  const sorted = [...windows].sort((a, b) => a.number.localeCompare(b.number));
  return (
    <section className="ow-portal-section" aria-labelledby="ow-windows">
      <h2 id="ow-windows" className="ow-section-heading">
        {t.portal.windows}
      </h2>
      <ul className="ow-window-list">
        {sorted.map((w) => (
          <li key={w.id} className="ow-window-item">
            <div className="ow-window-number">{w.number}</div>
            <div className="ow-window-body">
              <div className="ow-window-name">
                {w.name}
                <Tag color={KIND_COLOR[w.kind]} className="ow-window-kind">
                  {w.kind === 'category' && w.category ? w.category : t.enums.windowKind[w.kind]}
                </Tag>
              </div>
              <div className="ow-window-meta">
                {w.location ? <span>{w.location}</span> : null}
                <span>
                  {t.common.labelled(t.portal.servedBy, w.departmentIds.map((id) => shortName.get(id)).filter(Boolean).join(t.common.listSeparator))}
                </span>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
