import { Link } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { PROGRESS_PATHS } from './progress-api.js';
import './progress.css';

/** The portal home's way in to 办件查询 and 好差评. */
export function ProgressEntrySection() {
  const { t } = useI18n();
  const r = t.rating;
  return (
    <section className="ow-portal-section" aria-labelledby="ow-progress-entry">
      <h2 id="ow-progress-entry" className="ow-section-heading">
        {r.portal.progress}
      </h2>
      <div className="ow-progress-entry">
        <Link to={PROGRESS_PATHS.progress()} className="ow-progress-entry-link">
          <span className="ow-progress-entry-title">{r.progress.title}</span>
          <span className="ow-progress-entry-text">{r.progress.intro}</span>
        </Link>
        <Link to={PROGRESS_PATHS.progress()} className="ow-progress-entry-link">
          <span className="ow-progress-entry-title">{r.rate.title}</span>
          <span className="ow-progress-entry-text">{r.portal.rateEntry}</span>
        </Link>
      </div>
    </section>
  );
}
