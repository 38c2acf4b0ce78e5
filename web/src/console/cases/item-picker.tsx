import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../shared/api.js';
import type { ItemSummary, PageOf } from '../../shared/catalog-types.js';
import { useCasesText } from './cases-text.js';

/** Searches the active catalog (the user's department's items first) and picks one. */
export function ItemPicker({ id, departmentId, value, onChange }: { id?: string; departmentId: string | null; value?: string; onChange?: (id: string) => void }) {
  const { c, t } = useCasesText();
  const [words, setWords] = useState('');
  const [options, setOptions] = useState<ItemSummary[]>([]);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      void api
        .get<PageOf<ItemSummary>>('/api/public/items', { q: words || undefined, departmentId: departmentId ?? undefined, pageSize: 50 })
        .then((page) => live && setOptions(page.items), () => live && setOptions([]));
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [words, departmentId]);

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setWords }}
      value={value}
      onChange={onChange}
      placeholder={c.receive.itemSearch}
      options={options.map((item) => ({ value: item.id, label: `${item.name}${t.common.paren(item.code)}` }))}
      data-testid="item-picker"
    />
  );
}
