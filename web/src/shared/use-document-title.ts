import { useEffect } from 'react';

/** Sets the browser tab's title while the calling component is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
