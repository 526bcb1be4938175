import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { allPages, GraphQLRequestError } from '../api';
import { authorizedGraphql, isSignedIn, onAuthChange, signOut, startSignIn } from '../auth';
import { loadFrameworks, Status, useLoad } from '../data';
import { graphql } from '../gql';
import type { DeliveryMode, OwnProgrammesQuery, TrainingProgrammeInput, UserErrorFragment } from '../gql/graphql';
import { useI18n, type TextKey, type Translate } from '../i18n';
import { Link, navigate, useLocation } from '../router';

const OwnProgrammesDocument = graphql(`
  query OwnProgrammes($after: String) {
    myTrainingProgrammes(first: 500, after: $after) {
      nodes {
        id title regions { code } seatsPerYear hours delivery language develops { competence { id } level }
        preparesFor { id } alignedWith { id } note retired version provider { id name }
      }
      pageInfo { ...PageInfo }
    }
  }
`);

const RetireDocument = graphql(`
  mutation Retire($input: RetireTrainingProgrammeInput!) {
    retireTrainingProgramme(input: $input) { trainingProgramme { id retired version } userErrors { ...UserError } }
  }
`);

const UpdateDocument = graphql(`
  mutation Update($input: UpdateTrainingProgrammeInput!) {
    updateTrainingProgramme(input: $input) { trainingProgramme { id version } userErrors { ...UserError } }
  }
`);

const RegisterDocument = graphql(`
  mutation Register($input: TrainingProgrammeInput!) {
    registerTrainingProgramme(input: $input) { trainingProgramme { id version } userErrors { ...UserError } }
  }
`);

export type OwnProgramme = OwnProgrammesQuery['myTrainingProgrammes']['nodes'][number];

export const loadOwnProgrammes = () =>
  allPages((after) => authorizedGraphql(OwnProgrammesDocument, { after }).then((d) => d.myTrainingProgrammes));

function useSignedIn() {
  return useSyncExternalStore(onAuthChange, isSignedIn);
}

function SignInPanel({ returnTo }: { returnTo: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="panel sign-in">
      <p>{t('prov.intro')}</p>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="primary" onClick={() => startSignIn(returnTo).catch((e: Error) => setError(e.message))}>
        {t('prov.signIn')}
      </button>
    </div>
  );
}

function isUnauthenticated(error: Error | undefined) {
  return error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED';
}

export function ProviderHome() {
  const { t, number } = useI18n();
  const signedIn = useSignedIn();
  const { search } = useLocation();
  const programmes = useLoad(async () => (signedIn ? loadOwnProgrammes() : null), [signedIn]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const message = search.get('registered')
    ? t('prov.registered', { id: search.get('registered')! })
    : search.get('saved')
      ? t('prov.saved', { id: search.get('saved')! })
      : search.get('retired')
        ? t('prov.retiredDone', { id: search.get('retired')! })
        : null;

  const retire = async (id: string) => {
    setActionError(null);
    try {
      const refused = (await authorizedGraphql(RetireDocument, { input: { id } })).retireTrainingProgramme.userErrors;
      if (refused.length) {
        setActionError(refused.map((e) => e.message).join(' '));
        return;
      }
      setConfirming(null);
      navigate(`/provider?retired=${encodeURIComponent(id)}`, { replace: true });
      programmes.reload();
    } catch (e) {
      setActionError((e as Error).message);
    }
  };

  const list = programmes.data ?? [];
  return (
    <div className="provider">
      <h1>{t('prov.heading')}</h1>
      {!signedIn ? (
        <>
          {search.get('expired') && (
            <p className="notice" role="status">
              {t('prov.expired')}
            </p>
          )}
          <SignInPanel returnTo="/provider" />
        </>
      ) : (
        <>
          <div className="toolbar">
            <p className="signed-in">
              {t('prov.signedIn')} {list[0] ? <strong>{list[0].provider.name}</strong> : null}
            </p>
            <Link href="/provider/new" className="button primary">
              {t('prov.register')}
            </Link>
            <button type="button" onClick={signOut}>
              {t('prov.signOut')}
            </button>
          </div>
          {message && (
            <p className="notice success" role="status">
              {message}
            </p>
          )}
          {actionError && (
            <p className="notice error" role="alert">
              {actionError}
            </p>
          )}
          {isUnauthenticated(programmes.error) ? <SignInPanel returnTo="/provider" /> : <Status loaded={programmes} />}
          {programmes.data && (
            <section className="panel" aria-labelledby="mine-heading">
              <h2 id="mine-heading">{t('prov.mine')}</h2>
              {list.length === 0 ? (
                <p>{t('prov.noneYet')}</p>
              ) : (
                <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="mine-heading">
                  <table className="data-table" data-testid="my-programmes">
                    <thead>
                      <tr>
                        <th scope="col">{t('form.title')}</th>
                        <th scope="col">{t('detail.regions')}</th>
                        <th scope="col" className="num">
                          {t('form.seats')}
                        </th>
                        <th scope="col" className="num">
                          {t('form.hours')}
                        </th>
                        <th scope="col">{t('prov.state')}</th>
                        <th scope="col">{t('prov.actions')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((p) => (
                        <tr key={p.id} className={p.retired ? 'retired' : undefined}>
                          <td>
                            <span className="programme-title">{p.title}</span>
                            <span className="sub">
                              <code>{p.id}</code>
                            </span>
                          </td>
                          <td>{p.regions.map((r) => r.code).join(', ')}</td>
                          <td className="num">{number(p.seatsPerYear)}</td>
                          <td className="num">{number(p.hours)}</td>
                          <td>{p.retired ? t('prov.retired') : t('prov.offered')}</td>
                          <td>
                            <div className="actions">
                              <Link href={`/provider/edit/${encodeURIComponent(p.id)}`} aria-label={t('prov.editLabel', { title: p.title })}>
                                {t('prov.edit')}
                              </Link>
                              {!p.retired &&
                                (confirming === p.id ? (
                                  <>
                                    <button type="button" className="danger" onClick={() => retire(p.id)}>
                                      {t('prov.confirmRetire')}
                                    </button>
                                    <button type="button" onClick={() => setConfirming(null)}>
                                      {t('prov.cancel')}
                                    </button>
                                  </>
                                ) : (
                                  <button
                                    type="button"
                                    onClick={() => setConfirming(p.id)}
                                    aria-label={t('prov.retireLabel', { title: p.title })}
                                  >
                                    {t('prov.retire')}
                                  </button>
                                ))}
                            </div>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}

// ---- The form for registering and editing a programme ----

interface DevelopRow {
  key: number;
  competence: string;
  level: string;
}

interface FormState {
  title: string;
  regions: string;
  seatsPerYear: string;
  hours: string;
  delivery: DeliveryMode | '';
  language: string;
  develops: DevelopRow[];
  preparesFor: string;
  alignedWith: string;
  note: string;
}

let rowKey = 0;
const emptyRow = (): DevelopRow => ({ key: ++rowKey, competence: '', level: '3' });

const emptyForm = (): FormState => ({
  title: '',
  regions: '',
  seatsPerYear: '',
  hours: '',
  delivery: '',
  language: '',
  develops: [emptyRow()],
  preparesFor: '',
  alignedWith: '',
  note: '',
});

function formOf(p: OwnProgramme): FormState {
  return {
    title: p.title,
    regions: p.regions.map((r) => r.code).join(', '),
    seatsPerYear: String(p.seatsPerYear),
    hours: String(p.hours),
    delivery: p.delivery ?? '',
    language: p.language ?? '',
    develops: p.develops.length
      ? p.develops.map((d) => ({ key: ++rowKey, competence: d.competence.id, level: String(d.level) }))
      : [emptyRow()],
    preparesFor: p.preparesFor.map((r) => r.id).join(', '),
    alignedWith: p.alignedWith.map((s) => s.id).join(', '),
    note: p.note ?? '',
  };
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const wholeNumber = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** Field errors keyed by field: title, regions, develops.0.level and so on; "general" for the rest. */
type Errors = Record<string, string[]>;

const FORM_FIELDS = ['title', 'regions', 'seatsPerYear', 'hours', 'delivery', 'language', 'develops', 'preparesFor', 'alignedWith', 'note'];

/** Where a user error belongs: ["input", "develops", "1", "level"] → "develops.1.level", ["input", "regions", "0"] → "regions"; "general" for the rest. */
export function fieldOfUserError(field: readonly string[] | null | undefined): string {
  const [argument, name, index, part] = field ?? [];
  if (argument !== 'input' || !name || !FORM_FIELDS.includes(name)) return 'general';
  if (name === 'develops' && index !== undefined) return `develops.${index}.${part === 'level' ? 'level' : 'competence'}`;
  return name;
}

function checkForm(form: FormState, t: Translate): Errors {
  const errors: Errors = {};
  const add = (field: string, key: TextKey) => (errors[field] ??= []).push(t(key));
  if (!form.title.trim()) add('title', 'form.required');
  if (list(form.regions).length === 0) add('regions', 'form.required');
  if (wholeNumber(form.seatsPerYear) === null) add('seatsPerYear', 'form.wholeNumber');
  if (wholeNumber(form.hours) === null) add('hours', 'form.wholeNumber');
  form.develops.forEach((d, i) => {
    if (!d.competence) add(`develops.${i}.competence`, 'form.chooseCompetence');
    if (wholeNumber(d.level) === null) add(`develops.${i}.level`, 'form.wholeNumber');
  });
  return errors;
}

/** The form as the mutation's input; called only once checkForm found nothing wrong, so the numbers are whole. */
function inputOf(form: FormState): TrainingProgrammeInput {
  const optional = (text: string) => (text.trim() ? text.trim() : null);
  return {
    title: form.title.trim(),
    regions: list(form.regions).map((c) => c.toUpperCase()),
    seatsPerYear: Number(form.seatsPerYear.trim()),
    hours: Number(form.hours.trim()),
    delivery: form.delivery || null,
    language: optional(form.language),
    develops: form.develops.map((d) => ({ competence: d.competence, level: Number(d.level.trim()) })),
    preparesFor: list(form.preparesFor),
    alignedWith: list(form.alignedWith),
    note: optional(form.note),
  };
}

function FieldErrors({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <span className="field-error" id={id}>
      {errors.join(' ')}
    </span>
  );
}

/** The id of a form field's error message ("develops.0.level" → "pf-develops-0-level-error"). */
const errorIdOf = (field: string) => `pf-${field.replace(/\./g, '-')}-error`;

/** Props that tie an input to its hint and, when it has any, its errors, for assistive technology. */
function describedProps(field: string, invalid: boolean, hintId?: string) {
  const ids = [hintId, invalid ? errorIdOf(field) : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': invalid, 'aria-describedby': ids || undefined };
}

/** The programme form's fields that are one line of text. */
type TextFieldName = 'title' | 'regions' | 'seatsPerYear' | 'hours' | 'language' | 'preparesFor' | 'alignedWith';

interface TextFieldProps {
  field: TextFieldName;
  label: string;
  hint?: string;
  value: string;
  errors: string[] | undefined;
  onChange: (value: string) => void;
  required?: boolean;
  inputMode?: 'numeric';
  autoCapitalize?: 'characters';
}

/** A labelled text input of the programme form, tied to its hint and its errors for assistive technology. */
function TextField({ field, label, hint, value, errors, onChange, required, inputMode, autoCapitalize }: TextFieldProps) {
  const id = `pf-${field}`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        inputMode={inputMode}
        autoCapitalize={autoCapitalize}
        {...describedProps(field, !!errors?.length, hintId)}
      />
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      <FieldErrors id={errorIdOf(field)} errors={errors} />
    </div>
  );
}

export function ProgrammeForm({ id }: { id?: string }) {
  const { t } = useI18n();
  const signedIn = useSignedIn();
  const frameworks = useLoad(() => loadFrameworks(), []);
  const [round, setRound] = useState(0);
  const existing = useLoad(
    async () => (id && signedIn ? (await loadOwnProgrammes()).find((p) => p.id === id) ?? null : null),
    [id, signedIn, round],
  );
  const [form, setForm] = useState<FormState>(emptyForm);
  const [version, setVersion] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // After errors render, move focus to the first field with one.
  const [focusRound, setFocusRound] = useState(0);
  useEffect(() => {
    if (focusRound > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRound]);
  const focusFirstError = () => setFocusRound((n) => n + 1);

  useEffect(() => {
    if (existing.data) {
      setForm(formOf(existing.data));
      setVersion(existing.data.version);
      setConflict(false);
    }
  }, [existing.data]);

  if (!signedIn) {
    return (
      <div className="provider">
        <h1>{id ? t('form.editHeading', { id }) : t('form.newHeading')}</h1>
        <SignInPanel returnTo={window.location.pathname} />
      </div>
    );
  }

  const competences = (frameworks.data ?? []).flatMap((f) => f.competences.map((c) => ({ ...c, framework: f.id })));
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setRow = (index: number, patch: Partial<DevelopRow>) =>
    setForm((f) => ({ ...f, develops: f.develops.map((d, i) => (i === index ? { ...d, ...patch } : d)) }));


  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setGeneral(null);
    setConflict(false);
    const local = checkForm(form, t);
    setErrors(local);
    if (Object.keys(local).length) {
      focusFirstError();
      return;
    }
    setSaving(true);
    try {
      const input = inputOf(form);
      const payload = id
        ? (await authorizedGraphql(UpdateDocument, { input: { id, version: version!, ...input } })).updateTrainingProgramme
        : (await authorizedGraphql(RegisterDocument, { input })).registerTrainingProgramme;
      if (payload.trainingProgramme) {
        navigate(`/provider?${id ? 'saved' : 'registered'}=${encodeURIComponent(payload.trainingProgramme.id)}`);
        return;
      }
      // Each user error goes next to the field it names; the rest (and the reason in general) above the form.
      const found: Errors = {};
      const unplaced: UserErrorFragment[] = [];
      for (const userError of payload.userErrors) {
        const field = fieldOfUserError(userError.field);
        if (field === 'general') unplaced.push(userError);
        else (found[field] ??= []).push(userError.message);
      }
      setErrors(found);
      setGeneral([t('form.refused'), ...unplaced.map((e) => e.message)].join(' '));
      focusFirstError();
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'CONFLICT') setConflict(true);
      else setGeneral((error as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const described = (field: string, hint?: string) => describedProps(field, !!errors[field]?.length, hint);
  const textField = (field: TextFieldName, label: string, more?: Pick<TextFieldProps, 'hint' | 'required' | 'inputMode' | 'autoCapitalize'>) => (
    <TextField field={field} label={label} value={form[field]} errors={errors[field]} onChange={(v) => set(field, v)} {...more} />
  );

  if (id && existing.data === null && !existing.loading) {
    return (
      <div className="provider">
        <h1>{t('form.editHeading', { id })}</h1>
        <p className="notice error" role="alert">
          {t('form.notFound', { id })}
        </p>
        <Link href="/provider">{t('form.back')}</Link>
      </div>
    );
  }

  return (
    <div className="provider">
      <p>
        <Link href="/provider">← {t('form.back')}</Link>
      </p>
      <h1>{id ? t('form.editHeading', { id }) : t('form.newHeading')}</h1>
      <Status loaded={frameworks.error ? frameworks : existing} />
      {conflict && (
        <div className="notice error" role="alert">
          {t('form.conflict')}{' '}
          <button type="button" onClick={() => setRound((r) => r + 1)}>
            {t('form.reload')}
          </button>
        </div>
      )}
      {general && (
        <p className="notice error" role="alert" data-testid="form-error">
          {general}
        </p>
      )}
      <form ref={formRef} className="panel programme-form" onSubmit={submit} noValidate>
        {textField('title', t('form.title'), { required: true })}
        {textField('regions', t('form.regions'), { hint: t('form.regionsHint'), autoCapitalize: 'characters' })}
        <div className="field-row">
          {textField('seatsPerYear', t('form.seats'), { inputMode: 'numeric' })}
          {textField('hours', t('form.hours'), { inputMode: 'numeric' })}
          <div className="field">
            <label htmlFor="pf-delivery">{t('form.delivery')}</label>
            <select id="pf-delivery" value={form.delivery} onChange={(e) => set('delivery', e.target.value as DeliveryMode | '')} {...described('delivery')}>
              <option value="">{t('form.deliveryNone')}</option>
              <option value="ONLINE">{t('form.delivery.online')}</option>
              <option value="CLASSROOM">{t('form.delivery.classroom')}</option>
              <option value="BLENDED">{t('form.delivery.blended')}</option>
            </select>
            <FieldErrors id={errorIdOf('delivery')} errors={errors.delivery} />
          </div>
          {textField('language', t('form.language'), { hint: t('form.languageHint') })}
        </div>

        <fieldset className="develops" aria-describedby={errors.develops?.length ? errorIdOf('develops') : undefined}>
          <legend>{t('form.develops')}</legend>
          <FieldErrors id={errorIdOf('develops')} errors={errors.develops} />
          {form.develops.map((row, i) => (
            <div className="develop-row" key={row.key} data-testid={`develops-${i}`}>
              <div className="field">
                <label htmlFor={`pf-develops-${i}-competence`}>
                  {t('form.competence')} {i + 1}
                </label>
                <select
                  id={`pf-develops-${i}-competence`}
                  value={row.competence}
                  onChange={(e) => setRow(i, { competence: e.target.value })}
                  {...described(`develops.${i}.competence`)}
                >
                  <option value="">—</option>
                  {competences.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.code} {c.title} ({c.framework})
                    </option>
                  ))}
                </select>
                <FieldErrors id={errorIdOf(`develops.${i}.competence`)} errors={errors[`develops.${i}.competence`]} />
              </div>
              <div className="field narrow">
                <label htmlFor={`pf-develops-${i}-level`}>{t('form.level')}</label>
                <select
                  id={`pf-develops-${i}-level`}
                  value={row.level}
                  onChange={(e) => setRow(i, { level: e.target.value })}
                  {...described(`develops.${i}.level`)}
                >
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
                <FieldErrors id={errorIdOf(`develops.${i}.level`)} errors={errors[`develops.${i}.level`]} />
              </div>
              <button
                type="button"
                className="remove"
                disabled={form.develops.length === 1}
                aria-label={t('form.removeLabel', { n: i + 1 })}
                onClick={() => setForm((f) => ({ ...f, develops: f.develops.filter((_, j) => j !== i) }))}
              >
                {t('form.remove')}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setForm((f) => ({ ...f, develops: [...f.develops, emptyRow()] }))}>
            {t('form.addCompetence')}
          </button>
        </fieldset>

        {textField('preparesFor', t('form.preparesFor'), { hint: t('form.preparesForHint') })}
        {textField('alignedWith', t('form.alignedWith'), { hint: t('form.alignedWithHint') })}
        <div className="field">
          <label htmlFor="pf-note">{t('form.note')}</label>
          <textarea id="pf-note" rows={3} value={form.note} onChange={(e) => set('note', e.target.value)} {...described('note')} />
          <FieldErrors id={errorIdOf('note')} errors={errors.note} />
        </div>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving || (!!id && !version)}>
            {saving ? t('form.saving') : id ? t('form.submitEdit') : t('form.submitNew')}
          </button>
        </div>
      </form>
    </div>
  );
}
