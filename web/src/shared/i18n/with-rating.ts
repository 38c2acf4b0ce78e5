import type { RatingDictionary } from './rating.zh-CN.js';
import type { withCatalog } from './with-catalog.js';

/** Merges the progress/rating/pad texts in as `t.rating`, the pads page's menu entry and hint, and its audit names. */
export function withRating<D extends ReturnType<typeof withCatalog>>(base: D, rating: RatingDictionary) {
  return {
    ...base,
    menu: { ...base.menu, ...rating.nav.menu },
    pageHints: { ...base.pageHints, ...rating.nav.hints },
    audit: {
      ...base.audit,
      entityTypes: { ...base.audit.entityTypes, ...rating.audit.entityTypes },
      actions: { ...base.audit.actions, ...rating.audit.actions },
    },
    rating,
  };
}
