import { useState } from 'react';
import { gapKey } from '../api';
import type { RegionInfo } from '../data';
import type { GapRowFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { cellColours, compact } from './colours';

/** What a cell of a compared region shows. */
export type HeatCell = Pick<GapRowFragment, 'status' | 'gap' | 'demand' | 'supply'>;

export interface HeatColumn {
  region: RegionInfo;
  rows: Map<string, HeatCell>;
}

const TOP = 25;

export function HeatMap({
  rows,
  columns,
  selectedKey,
  onSelect,
}: {
  rows: GapRowFragment[];
  columns: HeatColumn[];
  selectedKey: string | null;
  onSelect: (row: GapRowFragment) => void;
}) {
  const { t, lang, number } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const locale = lang === 'ja' ? 'ja-JP' : 'en-GB';
  const shown = showAll ? rows : rows.slice(0, TOP);

  return (
    <section className="panel heat" aria-labelledby="heat-heading" data-testid="heat-map">
      <h2 id="heat-heading">{t('heat.heading')}</h2>
      <p className="hint" id="heat-caption">
        {t('heat.caption')}
      </p>
      <Legend />
      <div className="heat-scroll" tabIndex={0} role="region" aria-labelledby="heat-heading">
        <table className="heat-table" aria-describedby="heat-caption">
          <thead>
            <tr>
              <th scope="col" className="heat-corner">
                {t('heat.competence')}
              </th>
              {columns.map((c, i) => (
                <th scope="col" key={c.region.code} title={c.region.name} className={i === 0 ? 'chosen' : undefined}>
                  <abbr title={c.region.name}>{c.region.code}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const key = gapKey(row);
              const label = `${row.competence.code} @${row.level}`;
              return (
                <tr key={key} className={key === selectedKey ? 'selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="row-button"
                      aria-pressed={key === selectedKey}
                      onClick={() => onSelect(row)}
                      title={row.competence.title}
                    >
                      <span className="code">{label}</span> <span className="title">{row.competence.title}</span>
                    </button>
                  </th>
                  {columns.map((c) => {
                    const cell = c.rows.get(key);
                    const colours = cellColours(cell);
                    const description = cell
                      ? t('heat.cell', {
                          region: c.region.code,
                          competence: row.competence.code,
                          level: row.level,
                          status: t(`status.${cell.status}`),
                          demand: number(cell.demand),
                          supply: number(cell.supply),
                          gap: number(cell.gap),
                        })
                      : t('heat.cellNone', { region: c.region.code, competence: row.competence.code, level: row.level });
                    return (
                      <td key={c.region.code} style={colours} title={description} data-status={cell?.status ?? 'NONE'}>
                        <span aria-hidden="true">{cell ? (cell.status === 'MISSING' ? '✕' : compact(cell.gap, locale)) : '·'}</span>
                        <span className="visually-hidden">{description}</span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > TOP && (
        <button type="button" className="link-button" onClick={() => setShowAll((s) => !s)} aria-expanded={showAll}>
          {showAll ? t('heat.showTop', { n: TOP }) : t('heat.showAll', { n: rows.length })}
        </button>
      )}
    </section>
  );
}

function Legend() {
  const { t } = useI18n();
  const items = [
    { label: t('status.MISSING'), colours: cellColours({ status: 'MISSING', gap: 1, demand: 1 }), sample: '✕' },
    { label: `${t('status.SHORTAGE')} (−)`, colours: cellColours({ status: 'SHORTAGE', gap: 1, demand: 10 }), sample: '1' },
    { label: `${t('status.SHORTAGE')} (+)`, colours: cellColours({ status: 'SHORTAGE', gap: 9, demand: 10 }), sample: '9' },
    { label: t('status.COVERED'), colours: cellColours({ status: 'COVERED', gap: 0, demand: 1 }), sample: '0' },
    { label: t('status.NODEMAND'), colours: cellColours(undefined), sample: '·' },
  ];
  return (
    <ul className="legend" aria-label={t('heat.legend')}>
      {items.map((item) => (
        <li key={item.label}>
          <span className="swatch" style={item.colours} aria-hidden="true">
            {item.sample}
          </span>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
