import type { GapRowFragment, SupplierFragment } from '../gql/graphql';
import { Status, type Loaded } from '../data';
import { useI18n } from '../i18n';
import { ClassBadge } from './ClassBadge';

export function GapDetail({
  row,
  suppliers,
  loaded,
  onClose,
}: {
  row: GapRowFragment;
  suppliers: SupplierFragment[] | undefined;
  loaded: Loaded<unknown>;
  onClose: () => void;
}) {
  const { t, number, percent } = useI18n();
  const counting = suppliers?.filter((s) => s.countsAsSupply) ?? [];
  const partial = suppliers?.filter((s) => !s.countsAsSupply && s.path.class === 'PARTIAL') ?? [];
  const above = suppliers?.filter((s) => !s.countsAsSupply && s.path.class !== 'PARTIAL') ?? [];

  return (
    <>
      <div className="detail-head">
        <h2 id="detail-heading" tabIndex={-1}>
          {t('detail.heading', { code: row.competence.code, title: row.competence.title, level: row.level })}
        </h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('detail.close')}
        </button>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('gap.status')}</dt>
          <dd>
            <span className={`status-pill status-${row.status.toLowerCase()}`}>{t(`status.${row.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('gap.demand')}</dt>
          <dd>{number(row.demand)}</dd>
        </div>
        <div>
          <dt>{t('gap.supply')}</dt>
          <dd data-testid="detail-supply">{number(row.supply)}</dd>
        </div>
        <div>
          <dt>{t('gap.partialSupply')}</dt>
          <dd>{number(row.partialSupply)}</dd>
        </div>
        <div>
          <dt>{t('gap.gap')}</dt>
          <dd>{number(row.gap)}</dd>
        </div>
        <div>
          <dt>{t('gap.coverage')}</dt>
          <dd>{row.coverageRatio === null ? '–' : percent(row.coverageRatio)}</dd>
        </div>
        <div>
          <dt>{t('gap.accessible')}</dt>
          <dd>{row.accessible ? t('common.yes') : t('common.no')}</dd>
        </div>
      </dl>

      <h3>{t('detail.roles')}</h3>
      {row.roles?.length ? (
        <ul className="chips">
          {row.roles.map((role) => (
            <li key={role.id} title={role.id}>
              {role.title}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('common.none')}</p>
      )}

      <Status loaded={loaded} />
      {suppliers && (
        <>
          <SupplierTable heading={t('detail.suppliers')} suppliers={counting} testId="suppliers" />
          {partial.length > 0 && <SupplierTable heading={t('detail.partial')} suppliers={partial} testId="partial-suppliers" />}
          <SupplierTable heading={t('detail.accessible')} suppliers={above} testId="accessible-suppliers" />
        </>
      )}
    </>
  );
}

function SupplierTable({ heading, suppliers, testId }: { heading: string; suppliers: SupplierFragment[]; testId: string }) {
  const { t, number } = useI18n();
  return (
    <>
      <h3>{heading}</h3>
      {suppliers.length === 0 ? (
        <p>{t('common.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={heading}>
          <table className="data-table" data-testid={testId}>
            <thead>
              <tr>
                <th scope="col">{t('detail.programme')}</th>
                <th scope="col">{t('detail.regions')}</th>
                <th scope="col" className="num">
                  {t('detail.seats')}
                </th>
                <th scope="col">{t('detail.teaches')}</th>
                <th scope="col">{t('detail.path')}</th>
              </tr>
            </thead>
            <tbody>
              {suppliers.map((s) => (
                <tr key={s.programme.id}>
                  <td>
                    <span className="programme-title">{s.programme.title}</span>
                    <span className="sub">
                      {s.programme.provider.name} · <code>{s.programme.id}</code>
                    </span>
                  </td>
                  <td>{s.programme.regions.map((r) => r.code).join(', ')}</td>
                  <td className="num">{number(s.programme.seatsPerYear)}</td>
                  <td>
                    {s.developedCompetence.code} @{s.developedLevel}
                  </td>
                  <td>
                    <ClassBadge value={s.path.class} />{' '}
                    {s.path.hops === 0 ? t('detail.direct') : <span className="path">{s.path.path.join(' → ')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
