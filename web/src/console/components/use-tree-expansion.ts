import { useState } from 'react';

/** Tree tables open fully by default; the user may fold branches. */
export function useTreeExpansion(parentKeys: readonly string[]) {
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  return {
    expandedRowKeys: parentKeys.filter((key) => !folded.has(key)),
    onExpand: (expanded: boolean, key: string) =>
      setFolded((current) => {
        const next = new Set(current);
        if (expanded) next.delete(key);
        else next.add(key);
        return next;
      }),
  };
}
