import type { CoverageClass, GapRowFragment } from '../gql/graphql';

// Status colours, chosen to stay apart for common colour-vision deficiencies and always paired with text.
export const MISSING = '#5b2a86';
export const COVERED = '#cfe8d5';
export const COVERED_TEXT = '#1b4d2b';
export const NO_DEMAND = '#eef0f3';

const mix = (a: number[], b: number[], t: number) => a.map((v, i) => Math.round(v + (b[i] - v) * t));
const light = [253, 229, 200];
const dark = [176, 30, 30];

/** Background and text colour of a heat-map cell: hue by status, depth by the share of demand left unmet. */
export function cellColours(row: Pick<GapRowFragment, 'status' | 'gap' | 'demand'> | undefined): { background: string; color: string } {
  if (!row) return { background: NO_DEMAND, color: '#5f6b7a' };
  if (row.status === 'MISSING') return { background: MISSING, color: '#fff' };
  if (row.status === 'COVERED') return { background: COVERED, color: COVERED_TEXT };
  const unmet = row.demand > 0 ? Math.min(1, Math.max(0, row.gap / row.demand)) : 0;
  const [r, g, b] = mix(light, dark, Math.sqrt(unmet));
  return { background: `rgb(${r}, ${g}, ${b})`, color: unmet > 0.45 ? '#fff' : '#3d1f00' };
}

export const classColours: Record<CoverageClass, string> = {
  EQUAL: '#1b7f4b',
  FULL: '#4aa564',
  PARTIAL: '#e0a526',
  NONE: '#b8bfc9',
};

/** Compact numbers for small cells: 11261 → 11k. */
export function compact(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}
