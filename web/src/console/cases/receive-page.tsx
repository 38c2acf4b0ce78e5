import { Alert, Button, Card, Form, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../../shared/api.js';
import type { Material } from '../../shared/catalog-labels.js';
import type { PublicItem } from '../../shared/catalog-types.js';
import { Page } from '../components/page.js';
import { useMe } from '../session.js';
import { ApplicantFields } from './applicant-fields.js';
import { casesApi, type Applicant, type ReceiveMaterial } from './cases-api.js';
import { useCasesText } from './cases-text.js';
import { casePath } from './case-paths.js';
import { ItemPicker } from './item-picker.js';
import { MaterialChecklist } from './material-checklist.js';
import { idempotencyKey, placeIssues } from './receive-support.js';

interface Values {
  itemId: string;
  applicant: Applicant;
  materials: ReceiveMaterial[];
}

/** 窗口收件: pick the item, register the applicant, check the materials, receive (idempotent). */
export function ReceivePage() {
  const { t, c } = useCasesText();
  const { me } = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [key] = useState(idempotencyKey);
  const [materials, setMaterials] = useState<readonly Material[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const itemId = Form.useWatch('itemId', form);

  useEffect(() => {
    if (!itemId) return;
    let live = true;
    void api.get<PublicItem>(`/api/public/items/${itemId}`).then((found) => {
      if (!live) return;
      setMaterials(found.item.materials);
      form.setFieldValue(
        'materials',
        found.item.materials.map((m) => ({ name: m.name, status: m.requirement === 'required' ? 'received' : 'missing', originals: m.originals, copies: m.copies, note: '' })),
      );
    });
    return () => {
      live = false;
    };
  }, [itemId, form]);

  const submit = async (values: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      const received = await casesApi.receive({ itemId: values.itemId, windowId: me.windowId, channel: 'window', applicant: values.applicant, materials: values.materials ?? [], idempotencyKey: key });
      navigate(casePath(received.id));
    } catch (error) {
      const unplaced = error instanceof ApiError ? placeIssues(form, error) : [String(error)];
      setProblem(unplaced.join(' ') || (error instanceof ApiError && error.issues.length ? t.common.fixErrors(error.issues.length) : null));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={c.receive.title} hint={c.receive.hint}>
      <Form<Values> form={form} layout="vertical" onFinish={submit} className="ow-receive-form" data-testid="receive-form">
        {problem ? <Alert type="error" showIcon className="ow-form-alert" role="alert" title={problem} /> : null}
        <Form.Item name="itemId" label={c.receive.item} rules={[{ required: true }]}>
          <ItemPicker departmentId={me.departmentId} />
        </Form.Item>
        <ApplicantFields />
        <Card size="small" title={c.receive.materials} className="ow-receive-materials">
          {materials.length ? <MaterialChecklist materials={materials} /> : <span className="ow-muted">{c.receive.pickItem}</span>}
        </Card>
        <Space className="ow-form-actions">
          <Button type="primary" htmlType="submit" loading={busy} data-testid="receive-submit">
            {c.receive.submit}
          </Button>
        </Space>
      </Form>
    </Page>
  );
}
