import { Alert, type FormInstance } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { applyServerErrors } from './form-errors.js';
import { useI18n } from './i18n/index.js';

const NO_LISTS: readonly string[] = [];

export interface FormSubmit {
  busy: boolean;
  /** The error summary to show above the form, if any. */
  alert: ReactNode;
  /** Runs a save; on failure puts the server's issues on the fields. Resolves true on success. */
  submit: (save: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

/**
 * The save cycle every form shares: one request, the server validates, every issue lands on its
 * field at once, and whatever has no field (a rule, a permission) is shown above the form.
 * `lists`: Form.Lists whose entries take their own issues (see applyServerErrors).
 */
export function useFormSubmit(form: FormInstance, fields: readonly string[], conflicts: Record<string, string> = {}, lists: readonly string[] = NO_LISTS): FormSubmit {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ summary: string | null; message: string } | null>(null);

  const clear = useCallback(() => setProblem(null), []);

  const submit = useCallback(
    async (save: () => Promise<unknown>) => {
      setBusy(true);
      setProblem(null);
      form.setFields(fields.map((name) => ({ name, errors: [] })));
      if (lists.length > 0) form.setFields(form.getFieldsError().filter((f) => f.errors.length > 0).map((f) => ({ name: f.name, errors: [] })));
      try {
        await save();
        return true;
      } catch (error) {
        const { message, placed } = applyServerErrors(form, error, fields, conflicts, lists);
        setProblem({ summary: placed > 0 ? t.common.fixErrors(placed) : null, message });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [form, fields, conflicts, lists, t],
  );

  const alert = problem ? (
    <Alert
      type="error"
      showIcon
      className="ow-form-alert"
      role="alert"
      title={problem.summary ?? problem.message}
      description={problem.summary && problem.message ? problem.message : undefined}
    />
  ) : null;

  return { busy, alert, submit, clear };
}
