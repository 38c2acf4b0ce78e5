import { App, Button, Space, Table } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { LoadFailure } from '../../shared/results.js';
import { FullPageSpin } from '../../shared/full-page-spin.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { CONSOLE } from '../nav.js';
import { casesApi, type DocumentContent } from './cases-api.js';
import { useCasesText } from './cases-text.js';
import { casePath } from './case-paths.js';
import { DocumentQr, qrTarget } from './document-qr.js';
import { PAPER } from './document-paper-text.js';
import './document.css';

const PAPER_TABLE = { size: 'small', bordered: true, pagination: false, className: 'ow-doc-table' } as const;
const NUMBER_COLUMN = { title: PAPER.no, key: 'no', width: 48, align: 'center', render: (_: unknown, __: unknown, i: number) => i + 1 } as const;

/** The list on the paper: the receipt's materials, or the correction notice's problems. */
function DocumentTable({ content }: { content: DocumentContent }) {
  if (content.kind === 'receipt') {
    return (
      <Table
        {...PAPER_TABLE}
        rowKey="name"
        dataSource={content.materials}
        columns={[
          NUMBER_COLUMN,
          { title: PAPER.material, dataIndex: 'name' },
          { title: PAPER.originals, dataIndex: 'originals', width: 56, align: 'center' },
          { title: PAPER.copies, dataIndex: 'copies', width: 64, align: 'center' },
          { title: PAPER.check, dataIndex: 'status', width: 96, render: (s: keyof typeof PAPER.status) => PAPER.status[s] },
        ]}
      />
    );
  }
  if (content.kind === 'correction') {
    return (
      <Table
        {...PAPER_TABLE}
        rowKey={(p) => `${p.material}|${p.problem}`}
        dataSource={content.problems}
        columns={[
          NUMBER_COLUMN,
          { title: PAPER.material, dataIndex: 'material', width: '40%' },
          { title: PAPER.toCorrect, dataIndex: 'problem' },
        ]}
      />
    );
  }
  return null;
}

/**
 * A document's A4 print page (the official text stays Chinese in either language): title, number,
 * addressee, body, list, the seal area with issuer and date, and the QR code to the portal.
 */
export function DocumentPrintPage() {
  const { c } = useCasesText();
  const { message } = App.useApp();
  const { id = '', documentId = '' } = useParams();
  useEffect(() => message.destroy(), [message]); // the case page's notices do not belong on the paper
  const doc = useResource(() => casesApi.document(id, documentId), `${id}/${documentId}`);
  useDocumentTitle(doc.data?.title ?? c.print.print);

  if (doc.error) return <LoadFailure error={doc.error} home={CONSOLE} onRetry={doc.reload} />;
  if (!doc.data) return <FullPageSpin />;
  const { content, number } = doc.data;

  return (
    <div className="ow-doc-screen">
      <Space className="ow-no-print ow-doc-toolbar">
        <Link to={casePath(id)}>
          <Button>{c.print.back}</Button>
        </Link>
        <Button type="primary" onClick={() => window.print()} data-testid="print-document">
          {c.print.print}
        </Button>
      </Space>
      <article className="ow-doc-paper" data-testid="document-paper" lang="zh-CN">
        <header className="ow-doc-head">
          <div className="ow-doc-issuer">{content.center.name}</div>
          <h1 className="ow-doc-title">{content.title}</h1>
          <div className="ow-doc-number" data-testid="document-number">
            {number}
          </div>
        </header>
        <p className="ow-doc-addressee">{content.addressee}</p>
        {content.paragraphs.map((p, i) => (
          <p key={i} className="ow-doc-paragraph">
            {p}
          </p>
        ))}
        <DocumentTable content={content} />
        <dl className="ow-doc-facts">
          <dt>{PAPER.caseNo}</dt>
          <dd className="ow-mono">{content.caseNo}</dd>
          <dt>{PAPER.queryCode}</dt>
          <dd className="ow-mono">{content.queryCode}</dd>
          <dt>{PAPER.item}</dt>
          <dd>{content.itemName}</dd>
          {content.department.name ? (
            <>
              <dt>{PAPER.department}</dt>
              <dd>{content.department.name}</dd>
            </>
          ) : null}
        </dl>
        <footer className="ow-doc-foot">
          <DocumentQr url={qrTarget(content.qr, content.caseNo, content.queryCode)} caption={PAPER.qr[content.qr]} />
          <div className="ow-doc-seal" data-testid="document-seal">
            <div className="ow-doc-seal-box">{PAPER.seal}</div>
            <div>{content.center.name}</div>
            {content.department.name ? <div>{content.department.name}</div> : null}
            <div>{content.issuedOnText}</div>
          </div>
        </footer>
        <div className="ow-doc-contact">
          {PAPER.contact(content.center.name, content.center.address, content.center.phone)}
        </div>
      </article>
    </div>
  );
}
