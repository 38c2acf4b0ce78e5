import { App, Button, Tag, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../shared/api.js';
import { MEGABYTE } from '../../shared/file-size.js';
import { useI18n } from '../../shared/i18n/index.js';
import { onlineApi, type Application } from './online-api.js';

type Slot = Application['materials'][number];

/** One material of the item: required or not, its uploaded files (open, remove) and an upload button. */
export function MaterialSlot({
  applicationId,
  slot,
  maxFileBytes,
  editable,
  error,
  onChange,
}: {
  applicationId: string;
  slot: Slot;
  /** The server's limit (the application's uploadLimits): a larger file is refused here, before it is sent. */
  maxFileBytes: number;
  editable: boolean;
  error?: string;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const p = t.online.apply;
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    if (file.size > maxFileBytes) return void message.error(p.fileTooLarge(file.name, maxFileBytes / MEGABYTE));
    setBusy(true);
    try {
      await onlineApi.upload(applicationId, slot.name, file);
      void message.success(p.uploaded(file.name));
      onChange();
    } catch (e) {
      void message.error(e instanceof ApiError ? (e.issues.map((i) => i.message).join(' ') || e.message) : String(e));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (uploadId: string) => {
    await onlineApi.removeUpload(applicationId, uploadId).catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)));
    onChange();
  };

  return (
    <div className={`ow-slot${error ? ' ow-slot-error' : ''}`} data-material={slot.name}>
      <div className="ow-slot-head">
        <Tag color={slot.requirement === 'required' ? 'red' : 'default'}>{slot.requirement === 'required' ? p.required : p.conditional}</Tag>
        <span className="ow-slot-name">{slot.name}</span>
      </div>
      {slot.condition ? <div className="ow-slot-condition">{slot.condition}</div> : null}
      <ul className="ow-slot-files">
        {slot.uploads.length === 0 ? <li className="ow-slot-empty">{p.noFile}</li> : null}
        {slot.uploads.map((u) => (
          <li key={u.id}>
            <a href={onlineApi.fileUrl(applicationId, u.id)} target="_blank" rel="noreferrer">
              {u.fileName}
            </a>
            <span className="ow-slot-size">{Math.max(1, Math.round(u.bytes / 1024))} KB</span>
            {editable ? <Button type="link" size="small" danger onClick={() => void remove(u.id)}>
                {p.remove}
              </Button> : null}
          </li>
        ))}
      </ul>
      {error ? <div className="ow-slot-message">{error}</div> : null}
      {editable ? (
        <Upload accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" showUploadList={false} beforeUpload={(file) => (void upload(file), false)}>
          <Button loading={busy}>
            {busy ? p.uploading : p.upload}
          </Button>
        </Upload>
      ) : null}
    </div>
  );
}
