/**
 * /reports/new — a lead agency's thematic or ad hoc report (Quy định
 * 228/QĐ-UBND, Điều 4 and 6.3: "đơn vị được giao nhiệm vụ chủ trì phải thực
 * hiện xây dựng bộ chỉ tiêu, biểu mẫu"): its kind, name, who files it, its
 * periods or one-off deadline, and the fields of its form. A leader creates it
 * for their own agency, an administrator names the lead agency. The page checks
 * what the server would refuse (new-report-model.ts) and shows each issue next
 * to its input, the server's own answer too; once created, the report's code.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { FIELD_MEASURES, REPORT_KIND_LABELS, REPORT_PARTICIPANTS, testIds, toLocalIsoDate, type PrincipalInfo, type ReportTemplate } from '@ioc/shared';
import { t, useLang } from '../i18n/index.js';
import { HttpError, getJson, sendJson } from '../lib/http.js';
import { linkProps } from '../lib/navigation.js';
import { useQuery } from '../lib/use-query.js';
import { DeskShell } from '../screens/DeskShell.js';
import { indicatorName } from '../screens/names.js';
import { describeError, type ActionMessage } from './action-result.js';
import { formatDay, labelOf } from './labels.js';
import {
  FIELD_PARTS,
  NEW_REPORT_KINDS,
  NEW_REPORT_PERIODS,
  addField,
  agenciesOf,
  checkDraft,
  choosesAgency,
  dueDateInfo,
  emptyDraft,
  formPaths,
  indicatorsOffered,
  issuesAt,
  issuesFromServer,
  mayCreateReports,
  removeField,
  requestBody,
  setParticipants,
  togglePeriod,
  updateField,
  withoutIssuesAt,
  type FieldDraft,
  type FieldPart,
  type FormIssue,
  type NewReportDraft,
  type NewReportRequest,
} from './new-report-model.js';
import { reportsHref } from './reports-api.js';
import { usePrincipal } from './use-principal.js';
import '../styles/reports.css';

export function NewReportScreen() {
  // Not keyed by language in App: a switch re-renders the page here and a half-filled form stays.
  useLang();
  const m = t.reports.newReport;
  return (
    <DeskShell screen="reports" title={m.title} documentTitle={m.documentTitle} testId={testIds.reports.newReport} exportable={false}>
      <NewReportBody />
    </DeskShell>
  );
}

function NewReportBody() {
  const principal = usePrincipal();
  if (!principal.data) return <p className={principal.status === 'error' ? 'desk-error' : 'desk-muted'}>{principal.status === 'error' ? t.reports.principalError(principal.error) : t.reports.loading}</p>;
  if (!mayCreateReports(principal.data)) {
    return (
      <section className="desk-panel">
        <p className="desk-error">{t.reports.newReport.notAllowed}</p>
        <p className="reports-actions">
          <a className="desk-link" {...linkProps(reportsHref())}>
            {t.reports.back}
          </a>
        </p>
      </section>
    );
  }
  return <NewReport principal={principal.data} />;
}

/** The lead agencies an administrator chooses from: those responsible for a report of the catalogue. */
function useAgencies(wanted: boolean) {
  return useQuery(wanted ? 'new-report-agencies' : 'new-report-agencies:none', (signal) =>
    wanted ? getJson<{ templates: ReportTemplate[] }>('/api/reports/templates', signal).then((r) => agenciesOf(r.templates)) : Promise.resolve([]),
  );
}

type CreateOutcome = { ok: true; template: ReportTemplate } | { ok: false; error: unknown; details: readonly { field: string; reason: string }[] };

/** POST /api/reports/templates; a 400 keeps the server's reasons field by field. */
async function createReport(body: NewReportRequest): Promise<CreateOutcome> {
  try {
    return { ok: true, template: await sendJson<ReportTemplate>('POST', '/api/reports/templates', body) };
  } catch (error) {
    return { ok: false, error, details: error instanceof HttpError ? error.details : [] };
  }
}

function issueText(issue: FormIssue): string {
  const m = t.reports.newReport.issue;
  switch (issue.code) {
    case 'required':
      return m.required;
    case 'too-short':
      return m.tooShort(issue.limit ?? 0);
    case 'too-long':
      return m.tooLong(issue.limit ?? 0);
    case 'code-pattern':
      return m.codePattern;
    case 'duplicate-code':
      return m.duplicateCode;
    case 'no-fields':
      return m.noFields;
    case 'too-many-fields':
      return m.tooManyFields(issue.limit ?? 0);
    case 'period-or-date':
      return m.periodOrDate;
    case 'invalid-date':
      return m.invalidDate;
    case 'indicator-level':
      return m.indicatorLevel;
    case 'indicator-ratio':
      return m.indicatorRatio;
    case 'agency-required':
      return m.agencyRequired;
    case 'invalid':
      return m.invalid(issue.detail ?? '');
    case 'server':
      return m.server(issue.detail ?? '');
  }
}

/** The messages under an input; `id` is what the input's aria-describedby names. */
function Issues({ id, issues }: { id: string; issues: FormIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div id={id} className="reports-input-error">
      {issues.map((i) => (
        <p key={`${i.code}:${i.detail ?? ''}`}>{issueText(i)}</p>
      ))}
    </div>
  );
}

/** aria props of an input with issues. */
function invalidProps(issues: FormIssue[], errorId: string, hintId?: string) {
  const describedBy = [issues.length > 0 ? errorId : null, hintId ?? null].filter(Boolean).join(' ');
  return { 'aria-invalid': issues.length > 0 ? true : undefined, 'aria-describedby': describedBy || undefined };
}

function NewReport({ principal }: { principal: PrincipalInfo }) {
  const m = t.reports.newReport;
  const withAgency = choosesAgency(principal);
  const options = { withAgency };
  const [draft, setDraft] = useState<NewReportDraft>(emptyDraft);
  const [touched, setTouched] = useState(false);
  const [serverIssues, setServerIssues] = useState<FormIssue[]>([]);
  const [failure, setFailure] = useState<ActionMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [untied, setUntied] = useState(0);
  const [created, setCreated] = useState<ReportTemplate | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const agencies = useAgencies(withAgency);
  const id = useId();

  // After a refused attempt, the summary takes the focus (and is read out): the first thing to fix is under it.
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const clientIssues = touched ? checkDraft(draft, options) : [];
  const issues = [...clientIssues, ...serverIssues.filter((s) => !clientIssues.some((c) => c.path === s.path && c.code === s.code))];
  const at = (path: string) => issuesAt(issues, path);
  const placed = formPaths(draft, options);
  const unplaced = issues.filter((i) => !placed.has(i.path));

  /** A change at `paths`: the server's issues there are dropped (the person is fixing them). */
  const edit = (next: NewReportDraft, ...paths: string[]) => {
    setDraft(next);
    setServerIssues((s) => paths.reduce(withoutIssuesAt, s));
  };

  const submit = async () => {
    setTouched(true);
    setFailure(null);
    if (checkDraft(draft, options).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    let outcome: CreateOutcome;
    try {
      outcome = await createReport(requestBody(draft, options));
    } catch (err) {
      outcome = { ok: false, error: err, details: [] };
    } finally {
      setBusy(false);
    }
    if (outcome.ok) {
      setCreated(outcome.template);
      setServerIssues([]);
      return;
    }
    const err = outcome.error;
    if (err instanceof HttpError && err.status === 400) {
      setServerIssues(outcome.details.length > 0 ? issuesFromServer(outcome.details) : [{ path: 'report', code: 'server', detail: err.message }]);
    } else {
      setFailure(describeError(err));
    }
    setAttempt((n) => n + 1);
  };

  if (created) {
    return (
      <Created
        template={created}
        onAnother={() => {
          setDraft(emptyDraft());
          setTouched(false);
          setServerIssues([]);
          setFailure(null);
          setUntied(0);
          setCreated(null);
        }}
      />
    );
  }

  const offered = indicatorsOffered(draft.participants);
  const due = draft.periods.length === 0 ? dueDateInfo(draft.dueDate) : null;
  const showSummary = touched && (issues.length > 0 || failure !== null);

  return (
    <>
      <section className="desk-panel reports-intro">
        <p className="reports-back">
          <a className="desk-link" {...linkProps(reportsHref())}>
            {t.reports.back}
          </a>
        </p>
        <p>{m.intro}</p>
      </section>
      <form
        className="reports-new-form"
        noValidate
        aria-busy={busy}
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void submit();
        }}
      >
        <section className="desk-panel" aria-labelledby={`${id}-about`}>
          <h2 id={`${id}-about`} className="desk-panel-title reports-new-section-title">
            {m.aboutTitle}
          </h2>
          <div className="reports-new-grid">
            <div className="reports-new-wide">
              <Labelled id={`${id}-name`} label={m.name} issues={at('nameVi')}>
                {(aria) => (
                  <input
                    id={`${id}-name`}
                    className={`desk-input${at('nameVi').length ? ' is-invalid' : ''}`}
                    maxLength={300}
                    value={draft.nameVi}
                    placeholder={m.namePlaceholder}
                    data-testid={testIds.reports.newReportName}
                    onChange={(e) => edit({ ...draft, nameVi: e.target.value }, 'nameVi')}
                    {...aria}
                  />
                )}
              </Labelled>
            </div>
            <Labelled id={`${id}-kind`} label={m.kind} issues={at('kind')} hint={m.kindHint[draft.kind]}>
              {(aria) => (
                <select
                  id={`${id}-kind`}
                  className="desk-input"
                  value={draft.kind}
                  data-testid={testIds.reports.newReportKind}
                  onChange={(e) => edit({ ...draft, kind: e.target.value as NewReportDraft['kind'] }, 'kind')}
                  {...aria}
                >
                  {NEW_REPORT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {labelOf(REPORT_KIND_LABELS[k])}
                    </option>
                  ))}
                </select>
              )}
            </Labelled>
            <Labelled id={`${id}-participants`} label={m.participants} issues={at('participants')} hint={m.participantsHint[draft.participants]}>
              {(aria) => (
                <select
                  id={`${id}-participants`}
                  className="desk-input"
                  value={draft.participants}
                  data-testid={testIds.reports.newReportParticipants}
                  onChange={(e) => {
                    const next = setParticipants(draft, e.target.value as NewReportDraft['participants']);
                    setUntied(draft.fields.filter((f, i) => f.indicator !== null && next.fields[i]!.indicator === null).length);
                    edit(next, 'participants', ...draft.fields.map((_, i) => `fields.${i}.indicator`));
                  }}
                  {...aria}
                >
                  {REPORT_PARTICIPANTS.map((p) => (
                    <option key={p} value={p}>
                      {m.participantsOption[p]}
                    </option>
                  ))}
                </select>
              )}
            </Labelled>
            {withAgency ? (
              <Labelled id={`${id}-agency`} label={m.agency} issues={at('agencyCode')} hint={agencies.status === 'error' ? m.agenciesError(agencies.error) : m.agencyHint}>
                {(aria) => (
                  <select
                    id={`${id}-agency`}
                    className="desk-input"
                    value={draft.agencyCode}
                    data-testid={testIds.reports.newReportAgency}
                    onChange={(e) => edit({ ...draft, agencyCode: e.target.value }, 'agencyCode')}
                    {...aria}
                  >
                    <option value="">{agencies.data ? m.agencyChoose : t.reports.loading}</option>
                    {(agencies.data ?? []).map((a) => (
                      <option key={a.code} value={a.code}>
                        {a.name} ({a.code})
                      </option>
                    ))}
                  </select>
                )}
              </Labelled>
            ) : (
              <div>
                <p className="desk-label">{m.agency}</p>
                <p className="reports-new-static">{principal.unit?.name ?? ''}</p>
              </div>
            )}
          </div>
          {untied > 0 && (
            <p className="reports-new-note" role="status">
              {m.untied(untied)}
            </p>
          )}
        </section>

        <section className="desk-panel" aria-labelledby={`${id}-schedule`}>
          <h2 id={`${id}-schedule`} className="desk-panel-title reports-new-section-title">
            {m.scheduleTitle}
          </h2>
          <div className="reports-new-grid">
            <fieldset className="reports-new-periods" aria-describedby={at('periods').length ? `${id}-periods-hint ${id}-periods-error` : `${id}-periods-hint`}>
              <legend className="desk-label">{m.periods}</legend>
              <div className="reports-new-checks">
                {NEW_REPORT_PERIODS.map((p) => (
                  <label key={p} className="reports-new-check">
                    <input
                      type="checkbox"
                      checked={draft.periods.includes(p)}
                      data-testid={testIds.reports.newReportPeriod(p)}
                      onChange={(e) => edit(togglePeriod(draft, p, e.target.checked), 'periods', 'dueDate')}
                    />
                    {m.period[p]}
                  </label>
                ))}
              </div>
              <p id={`${id}-periods-hint`} className="desk-muted reports-new-hint">
                {m.periodsHint}
              </p>
              <Issues id={`${id}-periods-error`} issues={at('periods')} />
            </fieldset>
            <Labelled id={`${id}-due`} label={m.dueDate} issues={at('dueDate')} hint={draft.periods.length > 0 ? m.dueDateOff : m.dueDateHint}>
              {(aria) => (
                <>
                  <input
                    id={`${id}-due`}
                    type="date"
                    className={`desk-input reports-new-date${at('dueDate').length ? ' is-invalid' : ''}`}
                    value={draft.dueDate}
                    min={toLocalIsoDate(new Date())}
                    disabled={draft.periods.length > 0}
                    data-testid={testIds.reports.newReportDueDate}
                    onChange={(e) => edit({ ...draft, dueDate: e.target.value }, 'dueDate')}
                    {...aria}
                  />
                  {due && (
                    <p className="reports-new-static" aria-live="polite">
                      {due.effective === due.nominal ? m.dueDateShown(formatDay(due.nominal)) : m.dueDateMoved(formatDay(due.nominal), formatDay(due.effective))}
                    </p>
                  )}
                </>
              )}
            </Labelled>
          </div>
        </section>

        <section className="desk-panel" aria-labelledby={`${id}-fields`}>
          <h2 id={`${id}-fields`} className="desk-panel-title reports-new-section-title">
            {m.fieldsTitle}
          </h2>
          <p className="desk-muted">{m.fieldsHint}</p>
          <p className="desk-muted">{m.indicatorHint[draft.participants]}</p>
          <Issues id={`${id}-fields-error`} issues={at('fields')} />
          <div className="reports-fields reports-new-fields">
            {draft.fields.map((f, index) => (
              <FieldRow
                key={f.id}
                field={f}
                index={index}
                offered={offered}
                issuesOf={(part) => at(`fields.${index}.${FIELD_PARTS[part]}`)}
                canRemove={draft.fields.length > 1}
                onChange={(patch, part) => edit(updateField(draft, f.id, patch), `fields.${index}.${FIELD_PARTS[part]}`, ...(part === 'indicator' ? [`fields.${index}.measure`] : []))}
                onRemove={() => edit(removeField(draft, f.id), 'fields')}
              />
            ))}
          </div>
          <div className="reports-actions">
            <button type="button" className="desk-button" data-testid={testIds.reports.newReportAddField} disabled={draft.fields.length >= 50} onClick={() => edit(addField(draft), 'fields')}>
              {m.addField}
            </button>
          </div>
        </section>

        {showSummary && (
          <div className="reports-message is-error reports-new-summary" role="alert" tabIndex={-1} ref={summary} data-testid={testIds.reports.newReportError} data-count={issues.length}>
            {failure && <p>{failure.text}</p>}
            {issues.length > 0 && <p>{m.fixErrors(issues.length)}</p>}
            {unplaced.length > 0 && (
              <>
                {serverIssues.length > 0 && <p>{m.otherIssues}</p>}
                <ul className="reports-new-unplaced">
                  {unplaced.map((i) => (
                    <li key={`${i.path}:${i.code}:${i.detail ?? ''}`}>
                      <span className="reports-mono">{i.path}</span>: {i.code === 'server' ? `“${i.detail ?? ''}”` : issueText(i)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        <div className="reports-actions">
          <button type="submit" className="desk-button is-primary" disabled={busy} aria-busy={busy} data-testid={testIds.reports.newReportSubmit}>
            {busy ? t.reports.form.working : m.submit}
          </button>
          <a className="desk-link" {...linkProps(reportsHref())}>
            {t.reports.keys.cancel}
          </a>
        </div>
      </form>
    </>
  );
}

/** A label, the input (given its aria props), a hint and the issues of that input. */
function Labelled({
  id,
  label,
  issues,
  hint,
  children,
}: {
  id: string;
  label: string;
  issues: FormIssue[];
  hint?: string;
  children: (aria: ReturnType<typeof invalidProps>) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="reports-new-input">
      <label className="desk-label" htmlFor={id}>
        {label}
      </label>
      {children(invalidProps(issues, `${id}-error`, hintId))}
      {hint && (
        <p id={hintId} className="desk-muted reports-new-hint">
          {hint}
        </p>
      )}
      <Issues id={`${id}-error`} issues={issues} />
    </div>
  );
}

function FieldRow({
  field,
  index,
  offered,
  issuesOf,
  canRemove,
  onChange,
  onRemove,
}: {
  field: FieldDraft;
  index: number;
  offered: ReturnType<typeof indicatorsOffered>;
  issuesOf: (part: FieldPart) => FormIssue[];
  canRemove: boolean;
  onChange: (patch: Partial<Omit<FieldDraft, 'id'>>, part: FieldPart) => void;
  onRemove: () => void;
}) {
  const m = t.reports.newReport;
  const id = useId();
  const n = index + 1;
  const tid = (part: string) => testIds.reports.newReportField(index, part);
  const invalid = (part: FieldPart) => (issuesOf(part).length ? ' is-invalid' : '');
  return (
    <fieldset className="reports-field reports-new-field" data-testid={tid('row')}>
      <legend className="reports-field-name">{m.fieldTitle(n)}</legend>
      <div className="reports-new-field-grid">
        <Labelled id={`${id}-code`} label={m.fieldCode} issues={issuesOf('code')}>
          {(aria) => (
            <input
              id={`${id}-code`}
              className={`desk-input reports-mono${invalid('code')}`}
              maxLength={64}
              value={field.code}
              placeholder={m.fieldCodePlaceholder}
              autoCapitalize="characters"
              spellCheck={false}
              data-testid={tid('code')}
              onChange={(e) => onChange({ code: e.target.value }, 'code')}
              {...aria}
            />
          )}
        </Labelled>
        <Labelled id={`${id}-name`} label={m.fieldName} issues={issuesOf('name')}>
          {(aria) => (
            <input
              id={`${id}-name`}
              className={`desk-input${invalid('name')}`}
              maxLength={300}
              value={field.nameVi}
              data-testid={tid('name')}
              onChange={(e) => onChange({ nameVi: e.target.value }, 'name')}
              {...aria}
            />
          )}
        </Labelled>
        <Labelled id={`${id}-indicator`} label={m.fieldIndicator} issues={issuesOf('indicator')}>
          {(aria) => (
            <select
              id={`${id}-indicator`}
              className={`desk-input${invalid('indicator')}`}
              value={field.indicator ?? ''}
              data-testid={tid('indicator')}
              onChange={(e) => onChange({ indicator: e.target.value ? (e.target.value as NonNullable<FieldDraft['indicator']>) : null }, 'indicator')}
              {...aria}
            >
              <option value="">{m.noIndicator}</option>
              {offered.map((i) => (
                <option key={i.code} value={i.code}>
                  {indicatorName(i)} ({i.code})
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled id={`${id}-measure`} label={m.fieldMeasure} issues={issuesOf('measure')} {...(field.indicator ? { hint: m.ratioNote } : {})}>
          {(aria) => (
            <select
              id={`${id}-measure`}
              className={`desk-input${invalid('measure')}`}
              value={field.measure}
              disabled={field.indicator !== null}
              data-testid={tid('measure')}
              onChange={(e) => onChange({ measure: e.target.value as FieldDraft['measure'] }, 'measure')}
              {...aria}
            >
              {FIELD_MEASURES.map((k) => (
                <option key={k} value={k}>
                  {m.measure[k]}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled id={`${id}-unit`} label={m.fieldUnit} issues={issuesOf('unit')}>
          {(aria) => (
            <input
              id={`${id}-unit`}
              className={`desk-input${invalid('unit')}`}
              maxLength={40}
              value={field.unitLabel}
              placeholder={m.fieldUnitPlaceholder}
              data-testid={tid('unit')}
              onChange={(e) => onChange({ unitLabel: e.target.value }, 'unit')}
              {...aria}
            />
          )}
        </Labelled>
        {canRemove && (
          <div className="reports-new-remove">
            <button type="button" className="desk-button reports-danger" data-testid={tid('remove')} onClick={onRemove}>
              {m.removeField(n)}
            </button>
          </div>
        )}
      </div>
    </fieldset>
  );
}

/** The report just created: its code, and where to go next. */
function Created({ template, onAnother }: { template: ReportTemplate; onAnother: () => void }) {
  const m = t.reports.newReport;
  return (
    <section className="desk-panel">
      <div className="reports-message is-success" role="status" data-testid={testIds.reports.message} data-kind="success" data-code={template.code}>
        <p>{m.created(template.code, template.nameVi)}</p>
        <p className="desk-muted">{m.createdHint}</p>
      </div>
      <dl className="reports-facts">
        <div>
          <dt>{t.reports.col.kind}</dt>
          <dd>{labelOf(REPORT_KIND_LABELS[template.kind])}</dd>
        </div>
        <div>
          <dt>{m.agency}</dt>
          <dd>{template.responsibleAgencyName}</dd>
        </div>
        <div>
          <dt>{m.participants}</dt>
          <dd>{m.participantsOption[template.participants]}</dd>
        </div>
        <div>
          <dt>{template.dueDate ? t.reports.col.due : t.reports.col.period}</dt>
          <dd>{template.dueDate ? formatDay(template.dueDate) : template.periods.map((p) => (p in m.period ? m.period[p as keyof typeof m.period] : p)).join(', ')}</dd>
        </div>
        <div>
          <dt>{m.fieldCount}</dt>
          <dd>{template.fields.length}</dd>
        </div>
      </dl>
      <div className="reports-actions">
        <a className="desk-button is-primary reports-link-button" {...linkProps(reportsHref())}>
          {t.reports.back}
        </a>
        <button type="button" className="desk-button" onClick={onAnother}>
          {m.createAnother}
        </button>
      </div>
    </section>
  );
}
