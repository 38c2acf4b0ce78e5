import { api } from '../../shared/api.js';
import type { ListOf } from '../../shared/api-types.js';
import type { PadView, PairedPad } from '../../shared/progress-labels.js';

/** 评价器 in the console: list, pair, revoke. */
export const padsApi = {
  list: () => api.get<ListOf<PadView>>('/api/rating-pads').then((r) => r.items),
  pair: (body: { windowId: string; label: string }) => api.post<PairedPad>('/api/rating-pads', body),
  revoke: (id: string) => api.post<PadView>(`/api/rating-pads/${id}/revoke`),
};
