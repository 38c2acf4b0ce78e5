import { useI18n } from '../../shared/i18n/index.js';
import { RATING_LABELS, RATING_LEVELS, type RatingLevel } from '../../shared/progress-labels.js';
import { RatingFace } from './rating-face.js';
import './rating.css';

/**
 * The five levels of 好差评 as big buttons, best first: on a phone a column of full-width rows,
 * on the pad (variant "pad") one row of large tiles.
 */
export function LevelButtons({ value, onChange, variant = 'phone', disabled }: { value?: RatingLevel | undefined; onChange: (level: RatingLevel) => void; variant?: 'phone' | 'pad'; disabled?: boolean }) {
  const { locale } = useI18n();
  return (
    <div className={`ow-levels ow-levels-${variant}`} role="radiogroup">
      {RATING_LEVELS.map((level) => (
        <button
          key={level}
          type="button"
          role="radio"
          aria-checked={value === level}
          disabled={disabled}
          className={`ow-level ow-level-${level}${value === level ? ' ow-level-selected' : ''}`}
          onClick={() => onChange(level)}
        >
          <RatingFace level={level} size={variant === 'pad' ? 88 : 36} />
          <span className="ow-level-label">{RATING_LABELS[level][locale]}</span>
        </button>
      ))}
    </div>
  );
}
