import { Spin } from 'antd';

export function FullPageSpin() {
  return (
    <div className="ow-full-center">
      <Spin size="large" />
    </div>
  );
}
