import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../shared/api.js';
import type { AuditEvent, ListOf } from '../../shared/api-types.js';

const PAGE = 50;

/** Audit records, newest first, a page at a time (beforeSeq). */
export function useAuditEvents(filter: { entityType?: string; entityId?: string }) {
  const [items, setItems] = useState<AuditEvent[]>([]);
  const [error, setError] = useState<ApiError | undefined>();
  const [loading, setLoading] = useState(true);
  const [hasMore, setHasMore] = useState(false);
  const [round, setRound] = useState(0);
  const { entityType, entityId } = filter;

  const fetchPage = useCallback(
    (beforeSeq?: number) => api.get<ListOf<AuditEvent>>('/api/audit/events', { entityType, entityId, limit: PAGE, beforeSeq }).then((r) => r.items),
    [entityType, entityId],
  );

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(undefined);
    fetchPage().then(
      (page) => {
        if (!live) return;
        setItems(page);
        setHasMore(page.length === PAGE);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e instanceof ApiError ? e : new ApiError(0, 'client', String(e)));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [fetchPage, round]);

  const more = async () => {
    const last = items[items.length - 1];
    if (!last) return;
    setLoading(true);
    try {
      const page = await fetchPage(last.seq);
      setItems((current) => [...current, ...page]);
      setHasMore(page.length === PAGE);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', String(e)));
    } finally {
      setLoading(false);
    }
  };

  return { items, error, loading, hasMore, more, reload: () => setRound((r) => r + 1) };
}
