import { Alert, App, Button, Card, Col, Descriptions, Row, Table, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../shared/api.js';
import { LIST_SEPARATOR } from '../../shared/catalog-labels.js';
import type { ImportResult } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { Page } from '../components/page.js';
import { useMe } from '../session.js';
import { catalogApi } from './catalog-api.js';
import './catalog.css';

const LIMIT = 10 * 1024 * 1024;

type Outcome = { file: string; result: ImportResult } | { file: string; error: ApiError };

/**
 * 导入导出: the active catalog as an Excel workbook (which is also the import template), and the
 * import of a filled workbook: all or nothing, with either the counts of items added, updated and
 * left alone, or every bad cell (事项!G12) with what is wrong with it.
 */
export function ExcelPage() {
  const { t } = useI18n();
  const x = t.catalog.excel;
  const { can } = useMe();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const manage = can('catalog.manage');

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!file.name.toLowerCase().endsWith('.xlsx')) return void message.error(x.wrongType);
    if (file.size > LIMIT) return void message.error(x.tooLarge);
    setBusy(file.name);
    setOutcome(null);
    try {
      setOutcome({ file: file.name, result: await catalogApi.importWorkbook(file) });
    } catch (error) {
      setOutcome({ file: file.name, error: error instanceof ApiError ? error : new ApiError(0, 'client', String(error)) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Page title={t.menu.catalogExcel} hint={t.pageHints.catalogExcel}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card type="inner" title={x.exportTitle}>
            <Typography.Paragraph>{x.exportText}</Typography.Paragraph>
            <Button type="primary" href={catalogApi.exportUrl} download>
              {x.download}
            </Button>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card type="inner" title={x.importTitle}>
            <Typography.Paragraph>{x.importText}</Typography.Paragraph>
            {manage ? (
              <>
                <input ref={input} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden onChange={upload} data-testid="import-file" />
                <Button type="primary" loading={busy !== null} onClick={() => input.current?.click()}>
                  {busy ? x.importing(busy) : x.choose}
                </Button>
              </>
            ) : (
              <Alert type="info" showIcon title={x.readOnly} />
            )}
          </Card>
        </Col>
      </Row>
      {outcome && 'result' in outcome ? <ImportDone file={outcome.file} result={outcome.result} /> : null}
      {outcome && 'error' in outcome ? <ImportFailed file={outcome.file} error={outcome.error} /> : null}
    </Page>
  );
}

function ImportDone({ file, result }: { file: string; result: ImportResult }) {
  const { t, locale } = useI18n();
  const x = t.catalog.excel;
  const codes = [...result.codes.created, ...result.codes.updated];
  return (
    <Alert
      className="ow-import-outcome"
      type="success"
      showIcon
      role="status"
      title={x.done(file)}
      description={
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'created', label: x.created, children: x.count(result.created) },
            { key: 'updated', label: x.updated, children: x.count(result.updated) },
            { key: 'unchanged', label: x.unchanged, children: x.count(result.unchanged) },
            ...(codes.length > 0 ? [{ key: 'codes', label: x.codes, children: <span className="ow-break">{codes.join(LIST_SEPARATOR[locale])}</span> }] : []),
          ]}
        />
      }
    />
  );
}

function ImportFailed({ file, error }: { file: string; error: ApiError }) {
  const { t } = useI18n();
  const x = t.catalog.excel;
  if (error.issues.length === 0) return <Alert className="ow-import-outcome" type="error" showIcon role="alert" title={error.message} />;
  return (
    <div className="ow-import-outcome" role="alert">
      <Alert type="error" showIcon title={x.failed(file, error.issues.length)} />
      <Table
        rowKey={(issue) => `${issue.path}-${issue.code}-${issue.message}`}
        size="small"
        pagination={error.issues.length > 50 ? { pageSize: 50 } : false}
        dataSource={error.issues}
        columns={[
          { title: x.cell, dataIndex: 'path', width: 140, className: 'ow-mono' },
          { title: x.problem, dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
