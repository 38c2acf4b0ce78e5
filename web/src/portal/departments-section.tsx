import { Tag } from 'antd';
import type { Department, ServiceWindow } from '../shared/api-types.js';
import { useI18n } from '../shared/i18n/index.js';

/** 进驻部门: each department with its phone and the windows where it is served. */
export function DepartmentsSection({ departments, windows }: { departments: Department[]; windows: ServiceWindow[] }) {
  const { t } = useI18n();
  const numbersOf = (d: Department) => windows.filter((w) => w.departmentIds.includes(d.id)).map((w) => w.number).sort();
  // In the order of the hall: by the first window that serves each department.
  const ordered = departments
    .map((d) => ({ department: d, at: numbersOf(d) }))
    .sort((a, b) => (a.at[0] ?? '~').localeCompare(b.at[0] ?? '~') || a.department.code.localeCompare(b.department.code));
  return (
    <section className="ow-portal-section" aria-labelledby="ow-departments">
      <h2 id="ow-departments" className="ow-section-heading">
        {t.portal.departments}
      </h2>
      <ul className="ow-department-grid">
        {ordered.map(({ department: d, at }) => {
          return (
            <li key={d.id} className="ow-department-card">
              <div className="ow-department-short">{d.shortName}</div>
              <div className="ow-department-name">{d.name}</div>
              {d.kind === 'authorized_org' ? <Tag color="purple">{t.enums.departmentKind.authorized_org}</Tag> : null}
              <div className="ow-department-meta">
                {at.length > 0 ? <span>{`${t.common.window} ${at.join(t.common.listSeparator)}`}</span> : null}
                {d.phone ? <a href={`tel:${d.phone}`}>{d.phone}</a> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
