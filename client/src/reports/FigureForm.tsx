/**
 * The specialist's form (Điều 5, 7.2): one input per figure (a ratio as its
 * numerator and denominator, with the percent it makes), the narrative
 * ("phần thuyết minh", Điều 5.2), and the actions: save a draft, download the
 * empty Excel form, upload a filled one, sign and send to the unit's leader.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { NARRATIVE_MAX_LENGTH, testIds, type PrincipalInfo, type ReportField, type SubmissionDto } from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';
import { errorsByInput, figuresFromForm, formFromFigures, partsOf, percentOf, type FieldPart, type FigureError, type FigureErrorReason, type FormText } from './figures.js';
import { describeError, type ActionMessage } from './action-result.js';
import { groupedKeyId } from './key-encoding.js';
import { KEYS_HREF, XLSX_TYPE, reportsApi, type FilingRef } from './reports-api.js';
import { signAndSubmit } from './sign-and-submit.js';

type Busy = null | 'draft' | 'upload' | 'submit';

export function FigureForm({
  filing,
  filingRef,
  principal,
  onDone,
}: {
  filing: SubmissionDto;
  filingRef: FilingRef;
  principal: PrincipalInfo;
  /** After an action: what to tell the person, and whether the filing changed on the server. */
  onDone: (message: ActionMessage, changed: boolean) => void;
}) {
  const [form, setForm] = useState<FormText>(() => formFromFigures(filing.fields, filing.figures));
  const [narrative, setNarrative] = useState(filing.narrative);
  const [errors, setErrors] = useState<FigureError[]>([]);
  const [busy, setBusy] = useState<Busy>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const narrativeId = useId();
  const byInput = errorsByInput(errors);

  const setPart = (code: string, part: FieldPart, value: string) => {
    setForm((f) => ({ ...f, [code]: { ...(f[code] ?? { numerator: '', denominator: '', value: '' }), [part]: value } }));
  };

  const run = async (kind: Exclude<Busy, null>, work: () => Promise<ActionMessage>) => {
    setBusy(kind);
    try {
      const message = await work();
      onDone(message, message.kind === 'success');
    } catch (err) {
      const message = describeError(err);
      onDone(message.kind === 'conflict' ? message : { ...message, version: filing.version }, message.kind === 'conflict');
    } finally {
      setBusy(null);
    }
  };

  const saveDraft = () => {
    const { figures, errors: found } = figuresFromForm(filing.fields, form, 'draft');
    setErrors(found);
    if (found.length) {
      onDone({ kind: 'error', text: t.reports.form.fixErrors(found.length), version: filing.version }, false);
      return;
    }
    void run('draft', async () => {
      const saved = await reportsApi.saveDraft(filingRef, { version: filing.version, figures, narrative });
      return { kind: 'success', text: t.reports.form.draftSaved(fmt.dateTime(saved.history.at(-1)?.at ?? new Date())), version: saved.version };
    });
  };

  const submit = () => {
    const { figures, errors: found } = figuresFromForm(filing.fields, form, 'submit');
    setErrors(found);
    if (found.length) {
      onDone({ kind: 'error', text: t.reports.form.fixErrors(found.length), version: filing.version }, false);
      return;
    }
    void run('submit', async () => {
      const outcome = await signAndSubmit(filingRef, principal.name, filing.version, figures, narrative);
      if (outcome.ok) return { kind: 'success', text: t.reports.form.submitted(fmt.dateTime(outcome.filing.submittedAt ?? new Date())), version: outcome.filing.version };
      const link = { href: KEYS_HREF, label: t.reports.form.keysLink };
      const version = filing.version;
      switch (outcome.reason) {
        case 'unsupported':
          return { kind: 'error', text: t.reports.form.signingUnsupported, version };
        case 'no-key':
          return { kind: 'error', text: t.reports.form.noBrowserKey, link, version };
        case 'not-registered':
          return { kind: 'error', text: t.reports.form.keyNotRegistered(groupedKeyId(outcome.keyId ?? '')), link, version };
        case 'revoked':
          return { kind: 'error', text: t.reports.form.keyRevoked(groupedKeyId(outcome.keyId ?? '')), link, version };
      }
    });
  };

  const upload = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    void run('upload', async () => {
      const saved = await reportsApi.upload(filingRef, file);
      return { kind: 'success', text: t.reports.form.uploaded(file.name, Object.keys(saved.figures).length), version: saved.version };
    });
  };

  return (
    <form
      className="desk-panel reports-form"
      aria-labelledby="reports-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="desk-panel-head">
        <h2 id="reports-form-title" className="desk-panel-title">
          {t.reports.form.title}
        </h2>
        <p className="desk-muted">{t.reports.form.numberHint}</p>
      </div>
      {filing.fields.length === 0 ? (
        <p className="desk-muted">{t.reports.form.noFields}</p>
      ) : (
        <div className="reports-fields">
          {filing.fields.map((field) => (
            <FieldInputs key={field.code} field={field} text={form[field.code]} errors={byInput} onChange={setPart} disabled={busy !== null} />
          ))}
        </div>
      )}
      <div className="reports-narrative">
        <label className="desk-label" htmlFor={narrativeId}>
          {t.reports.form.narrative}
        </label>
        <p className="desk-muted" id={`${narrativeId}-hint`}>
          {t.reports.form.narrativeHint}
        </p>
        <textarea
          id={narrativeId}
          className="desk-input reports-textarea"
          rows={6}
          maxLength={NARRATIVE_MAX_LENGTH}
          value={narrative}
          aria-describedby={`${narrativeId}-hint`}
          data-testid={testIds.reports.narrative}
          disabled={busy !== null}
          onChange={(e) => setNarrative(e.target.value)}
        />
      </div>
      <div className="reports-actions">
        <button type="button" className="desk-button" disabled={busy !== null} aria-busy={busy === 'draft'} data-testid={testIds.reports.saveDraft} onClick={saveDraft}>
          {busy === 'draft' ? t.reports.form.working : t.reports.form.saveDraft}
        </button>
        <a className="desk-button reports-link-button" href={reportsApi.formHref(filing.template)} download={`${filing.template}.xlsx`} data-testid={testIds.reports.downloadForm}>
          {t.reports.form.downloadForm}
        </a>
        <button type="button" className="desk-button" disabled={busy !== null} aria-busy={busy === 'upload'} data-testid={testIds.reports.upload} onClick={() => fileInput.current?.click()}>
          {busy === 'upload' ? t.reports.form.working : t.reports.form.upload}
        </button>
        <input ref={fileInput} type="file" hidden accept={`.xlsx,${XLSX_TYPE}`} aria-label={t.reports.form.upload} onChange={upload} />
        <button type="submit" className="desk-button is-primary" disabled={busy !== null} aria-busy={busy === 'submit'} data-testid={testIds.reports.submit}>
          {busy === 'submit' ? t.reports.form.signing : t.reports.form.signAndSubmit}
        </button>
      </div>
      <p className="desk-muted reports-actions-hint">{t.reports.form.actionsHint}</p>
    </form>
  );
}

function FieldInputs({
  field,
  text,
  errors,
  onChange,
  disabled,
}: {
  field: ReportField;
  text: FormText[string] | undefined;
  errors: Map<string, FigureErrorReason>;
  onChange: (code: string, part: FieldPart, value: string) => void;
  disabled: boolean;
}) {
  const id = useId();
  const percent = field.measure === 'ratio' ? percentOf(text) : null;
  return (
    <fieldset className="reports-field">
      <legend className="reports-field-name">
        {field.nameVi}
        <span className="reports-code">{field.code}</span>
      </legend>
      <div className="reports-field-inputs">
        {partsOf(field.measure).map((part) => {
          const error = errors.get(`${field.code}.${part}`);
          const inputId = `${id}-${part}`;
          return (
            <div key={part} className="reports-input">
              <label className="desk-label" htmlFor={inputId}>
                {t.reports.form.part[part](field.unitLabel)}
              </label>
              <input
                id={inputId}
                className={`desk-input${error ? ' is-invalid' : ''}`}
                inputMode="decimal"
                autoComplete="off"
                value={text?.[part] ?? ''}
                disabled={disabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${inputId}-error` : undefined}
                data-testid={testIds.reports.fieldInput(field.code, part)}
                onChange={(e) => onChange(field.code, part, e.target.value)}
              />
              {error && (
                <p id={`${inputId}-error`} className="reports-input-error">
                  {t.reports.form.error[error]}
                </p>
              )}
            </div>
          );
        })}
        {field.measure === 'ratio' && (
          <p className="reports-percent" data-testid={testIds.reports.fieldPercent(field.code)} data-value={percent ?? ''} aria-live="polite">
            <span className="desk-label">{t.reports.form.percent}</span>
            <span className="reports-percent-value">{fmt.percent(percent)}</span>
          </p>
        )}
      </div>
    </fieldset>
  );
}
