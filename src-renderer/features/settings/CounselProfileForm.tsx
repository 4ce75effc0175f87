import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { getCounselProfile, saveCounselProfile, type CounselProfile } from '../../api/documents.ts';
import { api } from '../../api/bridge.ts';
import { FieldError, TextAreaField, TextField } from '../../components/Field.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { signatureProblem, toBase64 } from '../interpreter/request.ts';

const fieldNames = [
  'name',
  'title',
  'titleFr',
  'firm',
  'address',
  'phone',
  'email',
  'lawSociety',
  'lawSocietyFr',
  'lawSocietyNumber',
] as const;
type FieldName = (typeof fieldNames)[number];
type Draft = Record<FieldName, string>;

const emptyDraft: Draft = {
  name: '',
  title: '',
  titleFr: '',
  firm: '',
  address: '',
  phone: '',
  email: '',
  lawSociety: '',
  lawSocietyFr: '',
  lawSocietyNumber: '',
};
const MAX_ADDRESS_LINES = 6;

type Status = 'loading' | 'empty' | 'clean' | 'dirty' | 'saving' | 'saved' | 'invalid' | 'failed';

function draftOf(profile: CounselProfile): Draft {
  return {
    name: profile.name,
    title: profile.title ?? '',
    titleFr: profile.titleFr ?? '',
    firm: profile.firm,
    address: profile.addressLines.join('\n'),
    phone: profile.phone ?? '',
    email: profile.email ?? '',
    lawSociety: profile.lawSociety ?? '',
    lawSocietyFr: profile.lawSocietyFr ?? '',
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
  const titleFr = optional(draft.titleFr);
  const lawSocietyFr = optional(draft.lawSocietyFr);
  const phone = optional(draft.phone);
  const email = optional(draft.email);
  const lawSociety = optional(draft.lawSociety);
  const lawSocietyNumber = optional(draft.lawSocietyNumber);
  return {
    ...profile,
    ...(title === undefined ? {} : { title }),
    ...(titleFr === undefined ? {} : { titleFr }),
    ...(lawSocietyFr === undefined ? {} : { lawSocietyFr }),
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

/** The form's own wording for an issue, chosen by its code (the profile schema's checks). */
function issueText(t: TFunction, field: FieldName, issue: IpcError['issues'][number]): string {
  if (issue.code === 'counselName') return t('counsel.errors.name');
  if (issue.code === 'counselFirm') return t('counsel.errors.firm');
  if (field === 'address' && issue.path === 'addressLines') {
    return issue.code === 'counselAddress' ? t('counsel.errors.address') : t('counsel.errors.addressLines', { max: MAX_ADDRESS_LINES });
  }
  if (issue.code === 'tooLong') return t('counsel.errors.tooLong', { limit: issue.params?.['limit'] ?? 300 });
  return t('counsel.errors.invalid');
}

interface SignatureImage {
  readonly mime: 'image/png' | 'image/jpeg';
  readonly base64: string;
}

/**
 * Counsel's signature image, drawn above the signature line of letters: a PNG or JPEG of at most
 * 500 KB, checked and cleaned of metadata by the main process and kept encrypted in the vault.
 * Chosen, previewed and removed here, each at once; it needs a saved profile.
 */
function CounselSignature(props: { readonly saved: boolean; readonly onProfile: (signatureImageId: string | undefined) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [image, setImage] = useState<SignatureImage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const { saved, onProfile } = props;

  useEffect(() => {
    if (!saved) return;
    let current = true;
    void api.counselSignatureGet().then((result) => {
      if (current && result.ok) setImage(result.value);
    });
    return () => {
      current = false;
    };
  }, [saved]);

  const choose = async (file: File | undefined) => {
    setProblem(null);
    setError(null);
    if (!file) return;
    const wrong = signatureProblem(file);
    if (wrong) {
      setProblem(t(`counsel.signature.${wrong}`));
      return;
    }
    setBusy(true);
    const mime = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
    const set = await api.counselSignatureSet({ mime, base64: toBase64(new Uint8Array(await file.arrayBuffer())) });
    if (!set.ok) {
      setBusy(false);
      if (set.error.code === 'VALIDATION') setProblem(t('counsel.signature.unreadable'));
      else setError(set.error);
      return;
    }
    onProfile(set.value.signatureImageId);
    const got = await api.counselSignatureGet();
    setBusy(false);
    if (got.ok) setImage(got.value);
    else setError(got.error);
  };

  const remove = async () => {
    setError(null);
    setBusy(true);
    const cleared = await api.counselSignatureClear();
    setBusy(false);
    if (!cleared.ok) {
      setError(cleared.error);
      return;
    }
    onProfile(undefined);
    setImage(null);
  };

  const hintId = `${inputId}-hint`;
  return (
    <div className="field counsel-signature">
      <label htmlFor={inputId}>{t('counsel.signature.label')}</label>
      <p id={hintId} className="field-hint">
        {saved ? t('counsel.signature.hint') : t('counsel.signature.saveFirst')}
      </p>
      <input
        id={inputId}
        type="file"
        accept="image/png,image/jpeg"
        disabled={!saved || busy}
        aria-describedby={[hintId, problem ? `${inputId}-error` : ''].join(' ').trim()}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          void choose(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {problem ? <FieldError id={`${inputId}-error`} message={problem} /> : null}
      {image ? (
        <div className="signature-preview" data-testid="counsel-signature-preview">
          <img src={`data:${image.mime};base64,${image.base64}`} alt={t('counsel.signature.alt')} />
          <button type="button" className="button button-small button-danger-quiet" disabled={busy} onClick={() => void remove()}>
            {t('counsel.signature.remove')}
          </button>
        </div>
      ) : null}
      <ErrorNotice error={error} />
    </div>
  );
}

/**
 * Settings → Counsel profile: the letterhead and signature details, saved with an explicit Save.
 * The first-run step shows the same form and learns of a save through `onSaved`.
 */
export function CounselProfileForm({ onSaved }: { readonly onSaved?: () => void } = {}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [signatureImageId, setSignatureImageId] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<Status>('loading');
  const [problems, setProblems] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<IpcError | null>(null);
  const [profileSaved, setProfileSaved] = useState(false);

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
        setProfileSaved(true);
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
      setProfileSaved(true);
      setProblems({});
      setStatus('saved');
      onSaved?.();
      return;
    }
    const found: Partial<Record<FieldName, string>> = {};
    for (const issue of result.error.issues) {
      const field = fieldOfPath(issue.path);
      if (field !== null && found[field] === undefined) found[field] = issueText(t, field, issue);
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
          <TextField
            label={t('counsel.professionalTitleFr')}
            hint={t('counsel.frenchHint')}
            value={draft.titleFr}
            onChange={change('titleFr')}
            error={problems.titleFr}
            size="long"
            lang="fr"
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
            label={t('counsel.lawSocietyFr')}
            hint={t('counsel.frenchHint')}
            value={draft.lawSocietyFr}
            onChange={change('lawSocietyFr')}
            error={problems.lawSocietyFr}
            size="long"
            lang="fr"
          />
          <TextField
            label={t('counsel.lawSocietyNumber')}
            value={draft.lawSocietyNumber}
            onChange={change('lawSocietyNumber')}
            error={problems.lawSocietyNumber}
            size="medium"
          />
        </div>
        <CounselSignature saved={profileSaved} onProfile={setSignatureImageId} />
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
