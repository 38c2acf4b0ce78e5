import { Alert, Button, Card, Col, DatePicker, Form, InputNumber, Row, Space, Tag, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../shared/api.js';
import type { CalendarWarning, DeadlineResult, WorkdaysResult } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { calendarApi } from './calendar-api.js';
import { chinaToday, formatDay, weekdayOf } from './calendar-dates.js';

const DATE = 'YYYY-MM-DD';
/** 即办件, the 5 days of Art. 32, 20 (Art. 42 default), and 20 + 10 extended. */
const PRESETS = [0, 5, 10, 20, 30] as const;

const DEADLINE_FIELDS = ['start', 'days'] as const;
const WORKDAYS_FIELDS = ['from', 'to'] as const;

/** A range error concerns both dates and comes without a field; it is shown on the end date. */
function onEndDate(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(error.status, error.code, error.message, error.issues.map((i) => (i.path === '' ? { ...i, path: '/to' } : i)), error.details);
}

function Warnings({ warnings }: { warnings: CalendarWarning[] }) {
  return (
    <>
      {warnings.map((w) => (
        <Alert key={w.code + w.years.join()} type="warning" showIcon className="ow-calc-warning" title={w.message} />
      ))}
    </>
  );
}

/** 期限计算器: the deadline N working days after a date, and the working days between two dates. */
export function CalculatorTab({ centerId, centerName }: { centerId: string; centerName: string }) {
  const { t, locale } = useI18n();
  const [deadlineForm] = Form.useForm<{ start?: Dayjs | null; time?: Dayjs | null; days?: number | null }>();
  const [workdaysForm] = Form.useForm<{ from?: Dayjs | null; to?: Dayjs | null }>();
  const deadlineSubmit = useFormSubmit(deadlineForm, DEADLINE_FIELDS);
  const workdaysSubmit = useFormSubmit(workdaysForm, WORKDAYS_FIELDS);
  const [deadline, setDeadline] = useState<(DeadlineResult & { start: string; days: number }) | null>(null);
  const [count, setCount] = useState<(WorkdaysResult & { from: string; to: string }) | null>(null);
  const today = dayjs(chinaToday());

  const computeDeadline = async (values: { start?: Dayjs | null; time?: Dayjs | null; days?: number | null }) => {
    const date = values.start ? values.start.format(DATE) : '';
    const start = date && values.time ? `${date}T${values.time.format('HH:mm')}` : date;
    const days = values.days ?? undefined;
    setDeadline(null);
    await deadlineSubmit.submit(async () => setDeadline({ ...(await calendarApi.deadline({ start, days, centerId })), start, days: days ?? 0 }));
  };

  const computeWorkdays = async (values: { from?: Dayjs | null; to?: Dayjs | null }) => {
    const from = values.from ? values.from.format(DATE) : '';
    const to = values.to ? values.to.format(DATE) : '';
    setCount(null);
    await workdaysSubmit.submit(async () => {
      try {
        setCount({ ...(await calendarApi.workdays({ from, to, centerId })), from, to });
      } catch (error) {
        throw onEndDate(error);
      }
    });
  };

  const longDay = (date: string) => `${formatDay(date, locale, true)}${t.calendar.paren(t.calendar.weekdays[weekdayOf(date)] ?? '')}`;

  return (
    <div>
      <Typography.Paragraph type="secondary">{t.calendar.calculator.byCenter(centerName)}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t.calendar.calculator.deadlineTitle} size="small" className="ow-calc-card" data-testid="deadline-calculator">
            <Typography.Paragraph type="secondary">{t.calendar.calculator.deadlineHint}</Typography.Paragraph>
            {deadlineSubmit.alert}
            <Form form={deadlineForm} name="deadline" layout="vertical" onFinish={computeDeadline} initialValues={{ start: today }}>
              <Row gutter={12}>
                <Col xs={24} sm={14}>
                  <Form.Item name="start" label={t.calendar.calculator.start} required>
                    <DatePicker className="ow-date" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={10}>
                  <Form.Item name="time" label={t.calendar.calculator.time} tooltip={t.calendar.calculator.timeHelp}>
                    <TimePicker className="ow-date" format="HH:mm" minuteStep={5} needConfirm={false} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label={t.calendar.calculator.days} required>
                <Space wrap>
                  <Form.Item name="days" noStyle>
                    <InputNumber min={0} max={3650} precision={0} className="ow-days-input" aria-label={t.calendar.calculator.days} />
                  </Form.Item>
                  <Typography.Text type="secondary">{t.calendar.calculator.presets}</Typography.Text>
                  {PRESETS.map((n) => (
                    <Button
                      key={n}
                      size="small"
                      onClick={() => {
                        deadlineForm.setFieldValue('days', n);
                        deadlineForm.submit();
                      }}
                    >
                      {t.calendar.calculator.preset(n)}
                    </Button>
                  ))}
                </Space>
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={deadlineSubmit.busy}>
                {t.calendar.calculator.compute}
              </Button>
            </Form>
            {deadline ? (
              <div className="ow-calc-result" data-testid="deadline-result" role="status">
                <Typography.Text type="secondary">
                  {deadline.start.replace('T', ' ')} + {t.calendar.dayCount(deadline.days)} →
                </Typography.Text>
                <div className="ow-calc-answer">
                  <span className="ow-calc-label">{t.calendar.calculator.deadline}</span>
                  <span className="ow-calc-value">{deadline.deadline}</span>
                  {deadline.provisional ? <Tag color="warning">{t.calendar.calculator.provisionalResult}</Tag> : null}
                </div>
                <Typography.Text>{longDay(deadline.deadline)}</Typography.Text>
                <Warnings warnings={deadline.warnings} />
              </div>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t.calendar.calculator.countTitle} size="small" className="ow-calc-card" data-testid="workdays-calculator">
            <Typography.Paragraph type="secondary">{t.calendar.calculator.countHint}</Typography.Paragraph>
            {workdaysSubmit.alert}
            <Form form={workdaysForm} name="workdays" layout="vertical" onFinish={computeWorkdays}>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="from" label={t.calendar.calculator.from} required>
                    <DatePicker className="ow-date" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="to" label={t.calendar.calculator.to} required>
                    <DatePicker className="ow-date" />
                  </Form.Item>
                </Col>
              </Row>
              <Button type="primary" htmlType="submit" loading={workdaysSubmit.busy}>
                {t.calendar.calculator.compute}
              </Button>
            </Form>
            {count ? (
              <div className="ow-calc-result" data-testid="workdays-result" role="status">
                <Typography.Text type="secondary">
                  {count.from} → {count.to}
                </Typography.Text>
                <div className="ow-calc-answer">
                  <span className="ow-calc-label">{t.calendar.calculator.count}</span>
                  <span className="ow-calc-value">{count.workdays}</span>
                  {count.provisional ? <Tag color="warning">{t.calendar.calculator.provisionalResult}</Tag> : null}
                </div>
                <Warnings warnings={count.warnings} />
              </div>
            ) : null}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
