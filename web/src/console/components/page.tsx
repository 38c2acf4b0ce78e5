import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A console page: title, one line on what it holds, actions on the right, content in a card. */
export function Page({ title, hint, extra, toolbar, children }: { title: string; hint?: string; extra?: ReactNode; toolbar?: ReactNode; children: ReactNode }) {
  return (
    <div className="ow-page">
      <div className="ow-page-head">
        <div>
          <Typography.Title level={4} className="ow-page-title">
            {title}
          </Typography.Title>
          {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
        </div>
        {extra ? <div className="ow-page-extra">{extra}</div> : null}
      </div>
      <Card className="ow-page-card">
        {toolbar ? <div className="ow-toolbar">{toolbar}</div> : null}
        {children}
      </Card>
    </div>
  );
}
