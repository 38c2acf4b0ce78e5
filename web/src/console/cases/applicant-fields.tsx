import { Col, Form, Input, Radio, Row } from 'antd';
import { useCasesText } from './cases-text.js';

/** The applicant: a person (name, ID number, phone) or an organization (name, credit code, legal representative, phone). */
export function ApplicantFields() {
  const { c } = useCasesText();
  const type = Form.useWatch(['applicant', 'type']) as 'person' | 'enterprise' | undefined;
  const person = type !== 'enterprise';
  return (
    <>
      <Form.Item name={['applicant', 'type']} label={c.receive.applicantType} initialValue="person">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'person', label: c.receive.person },
            { value: 'enterprise', label: c.receive.enterprise },
          ]}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name={['applicant', 'name']} label={person ? c.receive.name : c.receive.orgName} rules={[{ required: true }]}>
            <Input maxLength={person ? 50 : 100} data-testid="applicant-name" />
          </Form.Item>
        </Col>
        <Col span={12}>
          {person ? (
            <Form.Item name={['applicant', 'idNumber']} label={c.receive.idNumber} rules={[{ required: true }]}>
              <Input maxLength={18} className="ow-mono" data-testid="applicant-id" />
            </Form.Item>
          ) : (
            <Form.Item name={['applicant', 'creditCode']} label={c.receive.creditCode} rules={[{ required: true }]}>
              <Input maxLength={18} className="ow-mono" data-testid="applicant-credit-code" />
            </Form.Item>
          )}
        </Col>
        {person ? null : (
          <Col span={12}>
            <Form.Item name={['applicant', 'legalRepresentative']} label={c.receive.legalRepresentative} rules={[{ required: true }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        )}
        <Col span={12}>
          <Form.Item name={['applicant', 'phone']} label={c.receive.phone} rules={[{ required: true }]}>
            <Input maxLength={30} data-testid="applicant-phone" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
