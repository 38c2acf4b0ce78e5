import type { Channel, Fee, ItemType, Material, MaterialRequirement, ProcessStep, StepRole } from '../../shared/catalog-labels.js';
import type { CatalogItem } from '../../shared/catalog-types.js';

/** An item as the form holds it: numbers may be empty (null) while typing, optional texts blank. */
export interface ItemValues {
  code?: string;
  name?: string;
  type?: ItemType;
  departmentId?: string;
  result?: string;
  legalDays?: number | null;
  promisedDays?: number | null;
  maxVisits?: number | null;
  channels?: Channel[];
  agencyAllowed?: boolean;
  windowIds?: string[];
  legalBasis?: string[];
  conditions?: string[];
  materials?: Partial<Omit<Material, 'originals' | 'copies'> & { originals: number | null; copies: number | null }>[];
  fees?: Partial<Omit<Fee, 'amountFen'> & { amountFen: number | null }>[];
  steps?: Partial<Omit<ProcessStep, 'sharePercent'> & { sharePercent: number | null }>[];
  lifeEvents?: string[];
  reason?: string;
}

/** The form's fields (each takes the server's issues at its path) and the lists whose entries take their own. */
export const ITEM_FIELDS = [
  'code',
  'name',
  'type',
  'departmentId',
  'result',
  'legalDays',
  'promisedDays',
  'maxVisits',
  'channels',
  'agencyAllowed',
  'windowIds',
  'legalBasis',
  'conditions',
  'materials',
  'fees',
  'steps',
  'lifeEvents',
  'reason',
] as const;
export const ITEM_LISTS = ['legalBasis', 'conditions', 'materials', 'fees', 'steps'] as const;
export const ITEM_CONFLICTS = { 'catalog.code_duplicate': 'code' };

export const NEW_MATERIAL = { name: '', originals: 1, copies: 0, requirement: 'required' as MaterialRequirement };
export const NEW_FEE = { name: '', standard: '', legalBasis: '', waivable: false };
export const NEW_STEP = { name: '', role: 'reviewer' as StepRole, sharePercent: 0 };

/** The form's starting values: an item's current elements, or a blank item. */
export function itemValues(item: CatalogItem | null, defaults: { departmentId?: string } = {}): ItemValues {
  if (!item) {
    return {
      type: 'licensing',
      departmentId: defaults.departmentId,
      legalDays: 20,
      promisedDays: 5,
      maxVisits: 1,
      channels: ['window', 'online'],
      agencyAllowed: false,
      windowIds: [],
      legalBasis: [''],
      conditions: [],
      materials: [{ ...NEW_MATERIAL }],
      fees: [],
      steps: [],
      lifeEvents: [],
    };
  }
  return {
    code: item.code,
    name: item.name,
    type: item.type,
    departmentId: item.departmentId,
    result: item.result ?? '',
    legalDays: item.legalDays,
    promisedDays: item.promisedDays,
    maxVisits: item.maxVisits,
    channels: item.channels,
    agencyAllowed: item.agencyAllowed,
    windowIds: item.windowIds,
    legalBasis: item.legalBasis,
    conditions: item.conditions,
    materials: item.materials.map((m) => ({ ...m })),
    fees: item.fees.map((f) => ({ ...f })),
    steps: item.steps.map((s) => ({ ...s })),
    lifeEvents: item.lifeEvents,
  };
}

/** Trimmed text, or nothing when blank. */
function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** An empty number is left out, so the server says what is missing. */
function count(value: number | null | undefined): number | undefined {
  return value === null || value === undefined ? undefined : value;
}

function defined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The request body: the elements as the API takes them. Optional texts left blank are left out;
 * on an update the result is sent even when blank, so that clearing it clears it.
 */
export function itemBody(values: ItemValues, mode: 'create' | 'update'): Record<string, unknown> {
  const result = text(values.result);
  return defined({
    code: mode === 'create' ? (values.code ?? '').trim() : undefined,
    name: (values.name ?? '').trim(),
    type: values.type,
    departmentId: values.departmentId ?? '',
    result: mode === 'update' ? (result ?? '') : result,
    legalDays: count(values.legalDays),
    promisedDays: count(values.promisedDays),
    maxVisits: count(values.maxVisits),
    channels: values.channels ?? [],
    agencyAllowed: values.agencyAllowed ?? false,
    windowIds: values.windowIds ?? [],
    legalBasis: (values.legalBasis ?? []).map((line) => (line ?? '').trim()),
    conditions: (values.conditions ?? []).map((line) => (line ?? '').trim()),
    materials: (values.materials ?? []).map((m) =>
      defined({
        name: (m.name ?? '').trim(),
        originals: count(m.originals),
        copies: count(m.copies),
        requirement: m.requirement,
        condition: text(m.condition),
        issuingBody: text(m.issuingBody),
        templateRef: text(m.templateRef),
      }),
    ),
    fees: (values.fees ?? []).map((f) =>
      defined({ name: (f.name ?? '').trim(), standard: (f.standard ?? '').trim(), legalBasis: (f.legalBasis ?? '').trim(), waivable: f.waivable ?? false, amountFen: count(f.amountFen) }),
    ),
    steps: (values.steps ?? []).map((s) => defined({ name: (s.name ?? '').trim(), role: s.role, sharePercent: count(s.sharePercent) })),
    lifeEvents: values.lifeEvents ?? [],
    reason: mode === 'update' ? (values.reason ?? '').trim() : text(values.reason),
  });
}
