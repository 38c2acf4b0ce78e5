import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/**
 * Create and edit forms have their own addresses (…/new, …/:id/edit) so they can be linked to and
 * guarded by permission; closing one returns to the list with its filters.
 */
export function useFormRoute(listPath: string) {
  const navigate = useNavigate();
  const { search } = useLocation();
  return {
    close: useCallback(() => navigate({ pathname: listPath, search }), [navigate, listPath, search]),
    openNew: useCallback(() => navigate({ pathname: `${listPath}/new`, search }), [navigate, listPath, search]),
    openEdit: useCallback((id: string) => navigate({ pathname: `${listPath}/${encodeURIComponent(id)}/edit`, search }), [navigate, listPath, search]),
  };
}
