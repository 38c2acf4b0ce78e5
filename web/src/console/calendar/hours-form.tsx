import { App, Form, Input, Switch } from 'antd';
import type { ServiceHours } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';
import { calendarApi } from './calendar-api.js';

interface Values {
  workday?: string;
  saturdayOpen?: boolean;
  saturday?: string;
}

const FIELDS = ['workday', 'saturday'] as const;

/** Sets a center's service hours: the working-day sessions, and Saturday's or none. */
export function HoursForm({ centerId, centerName, hours, onClose, onSaved }: { centerId: string; centerName: string; hours: ServiceHours; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS);
  const saturdayOpen = Form.useWatch('saturdayOpen', form) ?? hours.saturday !== null;

  const save = async (values: Values) => {
    const ok = await submit(() =>
      calendarApi.setServiceHours(centerId, { workday: (values.workday ?? '').trim(), saturday: values.saturdayOpen ? (values.saturday ?? '').trim() : null }),
    );
    if (ok) {
      void message.success(t.common.saved);
      onSaved();
      onClose();
    }
  };

  return (
    <FormDrawer title={t.common.labelled(t.calendar.hours.edit, centerName)} open busy={busy} onClose={onClose} onSave={() => form.submit()}>
      {alert}
      <Form
        form={form}
        name="serviceHours"
        layout="vertical"
        onFinish={save}
        initialValues={{ workday: hours.workday, saturdayOpen: hours.saturday !== null, saturday: hours.saturday ?? '09:00-12:00' }}
      >
        <Form.Item name="workday" label={t.calendar.hours.workday} required extra={t.calendar.hours.sessionsHelp}>
          <Input maxLength={100} className="ow-code-input" placeholder="08:30-12:00,14:00-17:30" />
        </Form.Item>
        <Form.Item name="saturdayOpen" label={t.calendar.hours.saturdayOpen} valuePropName="checked">
          <Switch />
        </Form.Item>
        {saturdayOpen ? (
          <Form.Item name="saturday" label={t.calendar.hours.saturday} required extra={t.calendar.hours.saturdayHelp}>
            <Input maxLength={100} className="ow-code-input" placeholder="09:00-12:00" />
          </Form.Item>
        ) : null}
      </Form>
    </FormDrawer>
  );
}
