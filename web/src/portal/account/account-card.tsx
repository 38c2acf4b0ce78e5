import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import './account.css';

/** The narrow card of the sign-in and registration pages (full width on a phone). */
export function AccountCard({ title, hint, children, footer }: { title: string; hint: string; children: ReactNode; footer: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="ow-portal-section ow-account">
      <Card className="ow-account-card">
        <Typography.Title level={3} className="ow-account-title">
          {title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
        {children}
        <div className="ow-account-footer">{footer}</div>
      </Card>
    </div>
  );
}

/** Where to go after signing in: the `next` the guard sent along (a portal path only), or 我的办件. */
export function nextPath(search: string, fallback: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/console') ? next : fallback;
}
