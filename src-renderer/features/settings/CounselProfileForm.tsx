import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { getCounselProfile, saveCounselProfile, type CounselProfile } from '../../api/documents.ts';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

const fieldNames = ['name', 'title', 'firm', 'address', 'phone', 'email', 'lawSociety', 'lawSocietyNumber'] as const;
type FieldName = (typeof fieldNames)[number];
type Draft = Record<FieldName, string>;

const emptyDraft: Draft = { name: '', title: '', firm: '', address: '', phone: '', email: '', lawSociety: '', lawSocietyNumber: '' };
const MAX_ADDRESS_LINES = 6;

type Status = 'loading' | 'empty' | 'clean' | 'dirty' | 'saving' | 'saved' | 'invalid' | 'failed';

function draftOf(profile: CounselProfile): Draft {
  return {
    name: profile.name,
    title: profile.title ?? '',
    firm: profile.firm,
    address: profile.addressLines.join('\n'),
    phone: profile.phone ?? '',
    email: profile.email ?? '',
    lawSociety: profile.lawSociety ?? '',
    lawSocietyNumber: profile.lawSocietyNumber ?? '',
  };
}

function profileOf(draft: Draft, signatureImageId: string | undefined): CounselProfile {
  const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const profile: CounselProfile = {
    name: draft.name.trim(),
    firm: draft.firm.trim(),
    addressLines: draft.address
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  };
  const title = optional(draft.title);
  const phone = optional(draft.phone);
  const email = optional(draft.email);
  const lawSociety = optional(draft.lawSociety);
  const lawSocietyNumber = optional(draft.lawSocietyNumber);
  return {
    ...profile,
    ...(title === undefined ? {} : { title }),
    ...(phone === undefined ? {} : { phone }),
    ...(email === undefined ? {} : { email }),
    ...(lawSociety === undefined ? {} : { lawSociety }),
    ...(lawSocietyNumber === undefined ? {} : { lawSocietyNumber }),
    ...(signatureImageId === undefined ? {} : { signatureImageId }),
  };
}

/** The form field an issue path from the channel belongs to ("addressLines.2" → address). */
function fieldOfPath(path: string): FieldName | null {
  const head = path.split('.')[0] ?? '';
  if (head === 'addressLines') return 'address';
  return (fieldNames as readonly string[]).includes(head) ? (head as FieldName) : null;
}

function issueText(t: TFunction, field: FieldName, path: string, message: string): string {
  if (field === 'name' && message.startsWith('Enter')) return t('counsel.errors.name');
  if (field === 'firm' && message.startsWith('Enter')) return t('counsel.errors.firm');
  if (field === 'address' && path === 'addressLines') {
    return message.startsWith('Enter') ? t('counsel.errors.address') : t('counsel.errors.addressLines', { max: MAX_ADDRESS_LINES });
  }
  if (/300/u.test(message)) return t('counsel.errors.tooLong', { limit: 300 });
  return t('counsel.errors.invalid');
}

/** Settings → Counsel profile: the letterhead and signature details, saved with an explicit Save. */
export function CounselProfileForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [signatureImageId, setSignatureImageId] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<Status>('loading');
  const [problems, setProblems] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    let current = true;
    void getCounselProfile().then((result) => {
      if (!current) return;
      if (!result.ok) {
        setError(result.error);
        setStatus('failed');
      } else if (result.value === null) {
        setStatus('empty');
      } else {
        setDraft(draftOf(result.value));
        setSignatureImageId(result.value.signatureImageId);
        setStatus('clean');
      }
    });
    return () => {
      current = false;
    };
  }, []);

  const change = (field: FieldName) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setStatus('dirty');
  };

  const save = async () => {
    setStatus('saving');
    setError(null);
    const result = await saveCounselProfile(profileOf(draft, signatureImageId));
    if (result.ok) {
      setDraft(draftOf(result.value));
      setProblems({});
      setStatus('saved');
      return;
    }
    const found: Partial<Record<FieldName, string>> = {};
    for (const issue of result.error.issues) {
      const field = fieldOfPath(issue.path);
      if (field !== null && found[field] === undefined) found[field] = issueText(t, field, issue.path, issue.message);
    }
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setStatus('invalid');
    } else {
      setError(result.error);
      setStatus('failed');
    }
  };

  const statusText: Record<Status, string> = {
    loading: t('counsel.loading'),
    empty: t('counsel.empty'),
    clean: t('counsel.stored'),
    dirty: t('counsel.unsaved'),
    saving: t('save.saving'),
    saved: t('counsel.saved'),
    invalid: t('counsel.invalid', { count: Object.keys(problems).length }),
    failed: t('counsel.failed'),
  };
  const tone = status === 'saved' || status === 'clean' ? 'ok' : status === 'invalid' || status === 'failed' ? 'bad' : 'busy';

  return (
    <section className="card form-section counsel-profile" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('counsel.title')}</h2>
      <p className="field-hint">{t('counsel.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field-row">
          <TextField
            label={t('counsel.name')}
            value={draft.name}
            onChange={change('name')}
            error={problems.name}
            required
            size="long"
            autoComplete="name"
          />
          <TextField
            label={t('counsel.professionalTitle')}
            hint={t('counsel.professionalTitleHint')}
            value={draft.title}
            onChange={change('title')}
            error={problems.title}
            size="long"
          />
        </div>
        <TextField
          label={t('counsel.firm')}
          value={draft.firm}
          onChange={change('firm')}
          error={problems.firm}
          required
          size="long"
          autoComplete="organization"
        />
        <TextAreaField
          label={t('counsel.address')}
          hint={t('counsel.addressHint', { max: MAX_ADDRESS_LINES })}
          value={draft.address}
          onChange={change('address')}
          error={problems.address}
          rows={4}
          required
          size="long"
          autoComplete="street-address"
        />
        <div className="field-row">
          <TextField
            label={t('counsel.phone')}
            value={draft.phone}
            onChange={change('phone')}
            error={problems.phone}
            size="medium"
            autoComplete="tel"
          />
          <TextField
            label={t('counsel.email')}
            value={draft.email}
            onChange={change('email')}
            error={problems.email}
            size="medium"
            autoComplete="email"
          />
        </div>
        <div className="field-row">
          <TextField
            label={t('counsel.lawSociety')}
            hint={t('counsel.lawSocietyHint')}
            value={draft.lawSociety}
            onChange={change('lawSociety')}
            error={problems.lawSociety}
            size="long"
          />
          <TextField
            label={t('counsel.lawSocietyNumber')}
            value={draft.lawSocietyNumber}
            onChange={change('lawSocietyNumber')}
            error={problems.lawSocietyNumber}
            size="medium"
          />
        </div>
        <div className="actions start align-center">
          <button type="submit" className="button button-primary" disabled={status === 'loading' || status === 'saving'}>
            {t('counsel.save')}
          </button>
          <p className={`save-status save-${tone}`} role="status" aria-live="polite" data-testid="counsel-status">
            {statusText[status]}
          </p>
        </div>
      </form>
      <ErrorNotice error={error} />
    </section>
  );
}
