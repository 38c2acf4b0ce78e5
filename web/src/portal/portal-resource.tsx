import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { LoadFailure } from '../shared/results.js';
import type { Resource } from '../shared/use-resource.js';

/** A portal page's data: a skeleton while it loads, the failure with a way home and a retry, else the page. */
export function PortalResource<T>({ resource, home, rows = 10, children }: { resource: Resource<T>; home: string; rows?: number; children: (data: T) => ReactNode }) {
  if (resource.error) {
    return (
      <div className="ow-portal-section">
        <LoadFailure error={resource.error} home={home} onRetry={resource.reload} />
      </div>
    );
  }
  if (!resource.data) {
    return (
      <div className="ow-portal-section">
        <Skeleton active paragraph={{ rows }} />
      </div>
    );
  }
  return <>{children(resource.data)}</>;
}
