import { Fragment, type ReactNode } from 'react';
import type { GuideBlock, GuideSection } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';

const PHONE = /^\+?\d[\d-]{2,}$/;

/** Phone numbers become tel: links on the screen (a printed page just shows them). */
function withPhoneLinks(text: string): ReactNode {
  const separator = text.includes('、') ? '、' : ', ';
  const parts = text.split(separator);
  if (!parts.every((p) => PHONE.test(p.trim()))) return text;
  return parts.map((p, i) => (
    <Fragment key={p}>
      {i > 0 ? separator : null}
      <a href={`tel:${p.trim()}`}>{p.trim()}</a>
    </Fragment>
  ));
}

function Block({ block }: { block: GuideBlock }) {
  const { locale } = useI18n();
  switch (block.type) {
    case 'fields':
      return (
        <dl className="ow-guide-fields">
          {block.fields.map((f) => (
            <div key={f.label['zh-CN']}>
              <dt>{f.label[locale]}</dt>
              <dd>{withPhoneLinks(f.value[locale])}</dd>
            </div>
          ))}
        </dl>
      );
    case 'list': {
      const entries = block.entries.map((e, i) => <li key={i}>{e[locale]}</li>);
      return block.ordered ? <ol className="ow-guide-list">{entries}</ol> : <ul className="ow-guide-list">{entries}</ul>;
    }
    case 'table': {
      // A table led by 序号 (materials, steps) shows on a phone as numbered cards titled by the second column.
      const numbered = block.columns[0]?.['zh-CN'] === '序号';
      return (
        <div className="ow-guide-table-wrap">
          <table className={numbered ? 'ow-guide-table ow-guide-numbered' : 'ow-guide-table'}>
            <thead>
              <tr>
                {block.columns.map((c) => (
                  <th key={c['zh-CN']} scope="col">
                    {c[locale]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} data-label={block.columns[c]?.[locale] ?? ''} data-no={numbered && c === 1 ? `${row[0]?.[locale] ?? ''}.` : undefined}>
                      {withPhoneLinks(cell[locale])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'note':
      return <p className="ow-guide-note">{block.text[locale]}</p>;
  }
}

/**
 * The one renderer of a service guide's sections (服务指南 / 一次性告知单): the portal page and the
 * A4 print layout (guide.css, @media print) show the same document. Tables turn into one card per
 * row on a phone and stay bordered tables on paper.
 */
export function GuideSections({ sections }: { sections: readonly GuideSection[] }) {
  const { locale } = useI18n();
  return (
    <div className="ow-guide-doc">
      {sections.map((section) => (
        <section key={section.id} id={`guide-${section.id}`} className={`ow-guide-section ow-guide-${section.id}`} aria-labelledby={`guide-${section.id}-h`}>
          <h2 id={`guide-${section.id}-h`}>{section.heading[locale]}</h2>
          {section.blocks.map((block, i) => (
            <Block key={i} block={block} />
          ))}
        </section>
      ))}
    </div>
  );
}
