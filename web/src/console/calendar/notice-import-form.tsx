import { Alert, App, Button, Form, Input, Typography, Upload, type GetRef } from 'antd';
import { useRef, useState } from 'react';
import { ApiError, type ApiIssue } from '../../shared/api.js';
import type { CalendarYear, NoticeImportResult } from '../../shared/api-types.js';
import { applyServerErrors } from '../../shared/form-errors.js';
import { useI18n } from '../../shared/i18n/index.js';
import { FormDrawer } from '../components/form-drawer.js';
import { calendarApi } from './calendar-api.js';
import { lineOf, yearsInImport } from './calendar-dates.js';

const FIELDS = ['text'] as const;
/** The server takes up to 200,000 characters; a UTF-8 file of Chinese text is about 3 bytes a character. */
const MAX_FILE_BYTES = 600_000;
const ROWS = 16;

/** A .txt in UTF-8 (with or without BOM) or, as Windows in China often saves it, GB 18030. */
async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

interface LineIssue {
  line: number;
  /** The line as it was submitted, to recognise it by. */
  text: string;
  message: string;
}

/**
 * 录入放假通知: the text format of src/kernel/calendar/README.md, typed or read from a .txt file.
 * A bad file is refused as a whole; every wrong line is listed with its number and can be
 * selected in the text. A year that already has a notice is replaced only after asking.
 */
export function NoticeImportForm({ known, onClose, onImported }: { known: CalendarYear[]; onClose: () => void; onImported: (result: NoticeImportResult) => void }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ text?: string }>();
  const text = Form.useWatch('text', form) ?? '';
  const area = useRef<GetRef<typeof Input.TextArea>>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [lineIssues, setLineIssues] = useState<LineIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (source: string) => {
    setBusy(true);
    setProblem(null);
    setLineIssues([]);
    form.setFields([{ name: 'text', errors: [] }]);
    try {
      onImported(await calendarApi.importNotices(source));
    } catch (error) {
      const issues: ApiIssue[] = error instanceof ApiError ? error.issues : [];
      const byLine = issues.flatMap((issue) => {
        const line = lineOf(issue.path);
        return line === null ? [] : [{ line, text: source.split(/\r?\n/)[line - 1] ?? '', message: issue.message }];
      });
      if (byLine.length > 0 && error instanceof ApiError) {
        setLineIssues(byLine.sort((a, b) => a.line - b.line));
        form.setFields([{ name: 'text', errors: [t.calendar.import.errorsField] }]);
        const others = issues.filter((issue) => lineOf(issue.path) === null).map((issue) => issue.message);
        if (others.length > 0) setProblem(others.join(' '));
      } else {
        setProblem(applyServerErrors(form, error, FIELDS).message);
      }
    } finally {
      setBusy(false);
    }
  };

  const save = ({ text: source = '' }: { text?: string }) => {
    const replaced = yearsInImport(source).filter((year) => known.some((k) => k.year === year));
    if (replaced.length === 0) return void run(source);
    modal.confirm({
      title: t.calendar.import.replaceTitle,
      content: t.calendar.import.replaceText(replaced.join('、')),
      okText: t.calendar.import.submit,
      cancelText: t.common.cancel,
      onOk: () => run(source),
    });
  };

  const load = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      void message.error(t.calendar.import.fileTooLarge);
      return;
    }
    try {
      form.setFieldValue('text', await readText(file));
      setLineIssues([]);
      form.setFields([{ name: 'text', errors: [] }]);
      void message.success(t.calendar.import.fileRead(file.name));
    } catch {
      void message.error(t.calendar.import.fileUnreadable);
    }
  };

  /** Selects line `n` of the text so it can be corrected. */
  const showLine = (n: number) => {
    const textarea = area.current?.resizableTextArea?.textArea;
    if (!textarea) return;
    const lines = textarea.value.split('\n');
    const start = lines.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);
    textarea.focus();
    textarea.setSelectionRange(start, start + (lines[n - 1]?.length ?? 0));
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
    textarea.scrollTop = Math.max(0, (n - 3) * lineHeight);
    if (gutter.current) gutter.current.scrollTop = textarea.scrollTop;
  };

  const lineCount = text ? text.split(/\r?\n/).length : 0;
  const badLines = new Set(lineIssues.map((issue) => issue.line));

  return (
    <FormDrawer title={t.calendar.import.title} open busy={busy} onClose={onClose} onSave={() => form.submit()} saveText={t.calendar.import.submit} size={680}>
      {problem ? <Alert type="error" showIcon className="ow-form-alert" role="alert" title={problem} /> : null}
      {lineIssues.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="ow-form-alert"
          data-testid="import-errors"
          title={t.calendar.import.errorsTitle(lineIssues.length)}
          description={
            <ol className="ow-line-errors">
              {lineIssues.map((issue, i) => (
                <li key={i}>
                  <Button type="link" size="small" className="ow-line-link" title={t.calendar.import.showLine} onClick={() => showLine(issue.line)}>
                    {t.calendar.import.line(issue.line)}
                  </Button>
                  {issue.text.trim() ? <code className="ow-line-text">{issue.text.trim()}</code> : null}
                  <div className="ow-line-message">{issue.message}</div>
                </li>
              ))}
            </ol>
          }
        />
      ) : null}
      <Typography.Paragraph type="secondary">{t.calendar.import.help}</Typography.Paragraph>
      <Alert type="warning" showIcon className="ow-form-alert" title={t.calendar.import.replaceNote} />
      <Form form={form} name="noticeImport" layout="vertical" onFinish={save}>
        <Form.Item label={t.calendar.import.text} required htmlFor="noticeImport_text">
          <div className="ow-lined">
            <div className="ow-lined-gutter" ref={gutter} aria-hidden="true">
              {Array.from({ length: Math.max(lineCount, ROWS) }, (_, i) => (
                <div key={i} className={badLines.has(i + 1) ? 'ow-lined-bad' : undefined}>
                  {i + 1}
                </div>
              ))}
            </div>
            <Form.Item name="text" noStyle>
              <Input.TextArea
                ref={area}
                rows={ROWS}
                wrap="off"
                spellCheck={false}
                className="ow-code-input"
                placeholder={t.calendar.import.placeholder}
                onScroll={(e) => {
                  if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
                }}
              />
            </Form.Item>
          </div>
        </Form.Item>
      </Form>
      <div className="ow-import-foot">
        <Upload
          accept=".txt,text/plain"
          showUploadList={false}
          beforeUpload={(file) => {
            void load(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button>{t.calendar.import.file}</Button>
        </Upload>
        <Typography.Text type="secondary">{t.calendar.import.lines(lineCount)}</Typography.Text>
      </div>
    </FormDrawer>
  );
}
