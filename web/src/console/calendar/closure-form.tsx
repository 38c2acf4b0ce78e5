import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';
import { calendarApi } from './calendar-api.js';

interface Values {
  date?: Dayjs | null;
  reason?: string;
}

const FIELDS = ['date', 'reason'] as const;
const CONFLICTS = { 'closure.duplicate': 'date' };

/** Adds a local closure (本地停办日) to a center; the server refuses a date already closed. */
export function ClosureForm({ centerId, centerName, onClose, onSaved }: { centerId: string; centerName: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS, CONFLICTS);

  const save = async (values: Values) => {
    const ok = await submit(() => calendarApi.addClosure({ centerId, date: values.date ? values.date.format('YYYY-MM-DD') : '', reason: values.reason ?? '' }));
    if (ok) {
      void message.success(t.calendar.closures.added);
      onSaved();
      onClose();
    }
  };

  return (
    <FormDrawer title={t.common.labelled(t.calendar.closures.add, centerName)} open busy={busy} onClose={onClose} onSave={() => form.submit()}>
      {alert}
      <Form form={form} name="closure" layout="vertical" onFinish={save}>
        <Form.Item name="date" label={t.calendar.closures.date} required>
          <DatePicker className="ow-date" />
        </Form.Item>
        <Form.Item name="reason" label={t.calendar.closures.reason} required extra={t.calendar.closures.reasonHelp}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
