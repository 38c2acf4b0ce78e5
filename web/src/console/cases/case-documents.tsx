import { Button, List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CaseDocument } from './cases-api.js';
import { useCasesText } from './cases-text.js';
import { documentPrintPath } from './case-paths.js';

/** 文书: the documents the case's transitions issued, each with its print page (reprints keep the number). */
export function CaseDocuments({ caseId, documents }: { caseId: string; documents: readonly CaseDocument[] }) {
  const { c } = useCasesText();
  if (documents.length === 0) return <Typography.Text type="secondary">{c.detail.noDocuments}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={[...documents]}
      data-testid="case-documents"
      renderItem={(d) => (
        <List.Item
          actions={[
            <Link key="print" to={documentPrintPath(caseId, d.id)} data-testid={`print-${d.kind}`}>
              <Button size="small">{c.detail.print}</Button>
            </Link>,
          ]}
        >
          <List.Item.Meta title={d.title} description={<span className="ow-doc-list-number">{d.number} · {d.issuedOn}</span>} />
        </List.Item>
      )}
    />
  );
}
