import type { ReactNode } from 'react';

export interface GuideColumn<T> {
  label: string;
  cell: (row: T, index: number) => ReactNode;
}

/**
 * A numbered guide table (序号 first, the name second): a bordered table on screen and paper,
 * one numbered card per row on a phone (guide.css).
 */
export function GuideTable<T>({ rows, rowKey, noLabel, columns }: { rows: readonly T[]; rowKey: (row: T) => string; noLabel: string; columns: readonly GuideColumn<T>[] }) {
  return (
    <div className="ow-guide-table-wrap">
      <table className="ow-guide-table ow-guide-numbered">
        <thead>
          <tr>
            <th scope="col">{noLabel}</th>
            {columns.map((c) => (
              <th key={c.label} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row)}>
              <td data-label={noLabel}>{i + 1}</td>
              {columns.map((c, k) => (
                <td key={c.label} data-label={c.label} data-no={k === 0 ? `${i + 1}.` : undefined}>
                  {c.cell(row, i)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
