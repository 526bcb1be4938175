import { useEffect, useMemo, useRef, useState } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import type { FrameworkInfo } from '../data';
import { useI18n, type TextKey } from '../i18n';
import { classColours } from './colours';
import type { ElementCoverage, MappingEdge } from './CoverageView';

const relationshipColours: Record<string, string> = {
  EQUAL: '#1b7f4b',
  SUBSET_OF: '#2b6cb0',
  SUPERSET_OF: '#2b6cb0',
  INTERSECTS_WITH: '#c77700',
  NOT_RELATED: '#9aa3ad',
};

const ROW = 34;

/** Lays the source framework out on the left, elements on best paths in between, the target framework on the right. */
export function buildGraph(
  target: FrameworkInfo,
  elements: ElementCoverage[],
  mappings: MappingEdge[],
  titles: Map<string, string>,
) {
  const sourceIds = elements.map((e) => e.id);
  const kinds = new Set(elements.map((e) => e.kind));
  const targetIds = [
    ...(kinds.has('ROLE') ? target.roles.map((r) => r.id) : []),
    ...(kinds.has('COMPETENCE') ? target.competences.map((c) => c.id) : []),
  ];
  const column = new Map<string, number>();
  sourceIds.forEach((id) => column.set(id, 0));
  targetIds.forEach((id) => column.set(id, 2));
  const bestEdges = new Set<string>();
  for (const e of elements) {
    const path = e.best?.path ?? [];
    path.forEach((id, i) => {
      if (!column.has(id)) column.set(id, 1);
      if (i > 0) bestEdges.add([path[i - 1], id].sort().join('\u0000'));
    });
  }
  const edges = mappings.filter((m) => column.has(m.source) && column.has(m.target) && m.source !== m.target);

  // Order each column by the mean position of its neighbours to the left (fewer crossings).
  const y = new Map<string, number>();
  sourceIds.forEach((id, i) => y.set(id, i));
  const neighbours = (id: string) =>
    edges.flatMap((m) => (m.source === id ? [m.target] : m.target === id ? [m.source] : [])).filter((n) => y.has(n));
  for (const col of [1, 2]) {
    const ids = [...column].filter(([, c]) => c === col).map(([id]) => id);
    const keyed = ids.map((id, i) => {
      const near = neighbours(id).map((n) => y.get(n)!);
      return { id, key: near.length ? near.reduce((a, b) => a + b, 0) / near.length : Number.MAX_SAFE_INTEGER / 2 + i };
    });
    keyed.sort((a, b) => a.key - b.key || a.id.localeCompare(b.id));
    keyed.forEach(({ id }, i) => y.set(id, i));
  }

  const classOf = new Map(elements.map((e) => [e.id, e.class]));
  const rows = Math.max(1, ...[0, 1, 2].map((c) => [...column.values()].filter((v) => v === c).length));
  const width = 600;
  const columnHeight = (c: number) => [...column.values()].filter((v) => v === c).length;
  const shortLabel = (id: string) => id.replace(/^[^:]+:/, '');

  const definitions: ElementDefinition[] = [...column].map(([id, c]) => {
    const offset = ((rows - columnHeight(c)) * ROW) / 2;
    const colour = c === 0 ? classColours[classOf.get(id) ?? 'NONE'] : c === 2 ? '#2b6cb0' : '#8895a7';
    return {
      group: 'nodes',
      data: { id, label: shortLabel(id), title: titles.get(id) ?? id, colour, column: c },
      position: { x: (c * width) / 2, y: offset + y.get(id)! * ROW },
      classes: c === 0 ? 'source' : c === 2 ? 'target' : 'middle',
    };
  });
  for (const m of edges) {
    const best = bestEdges.has([m.source, m.target].sort().join('\u0000'));
    definitions.push({
      group: 'edges',
      data: {
        id: `${m.source}\u0000${m.target}`,
        source: m.source,
        target: m.target,
        colour: m.status === 'APPROVED' ? relationshipColours[m.relationship] ?? '#666' : '#9aa3ad',
      },
      classes: [m.status === 'APPROVED' ? 'approved' : 'proposed', best ? 'best' : ''].join(' ').trim(),
    });
  }
  return { definitions, nodeCount: column.size, edgeCount: edges.length, rows, kinds: [...kinds].sort(), targetCount: targetIds.length };
}

export function CoverageGraph(props: {
  source: FrameworkInfo;
  target: FrameworkInfo;
  elements: ElementCoverage[];
  mappings: MappingEdge[];
  titles: Map<string, string>;
}) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const graph = useMemo(
    () => buildGraph(props.target, props.elements, props.mappings, props.titles),
    [props.source, props.target, props.elements, props.mappings, props.titles],
  );

  useEffect(() => {
    let cy: Core | undefined;
    let observer: ResizeObserver | undefined;
    let cancelled = false;
    // Cytoscape loads only with this view.
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (cancelled || !container.current) return;
        cy = cytoscape({
          container: container.current,
          elements: graph.definitions,
          layout: { name: 'preset', fit: true, padding: 24 },
          // Fitting a handful of nodes would otherwise zoom them into giant labels.
          maxZoom: 1.25,
          userZoomingEnabled: false,
          userPanningEnabled: false,
          boxSelectionEnabled: false,
          autoungrabify: true,
          style: [
            {
              selector: 'node',
              style: {
                'background-color': 'data(colour)',
                label: 'data(label)',
                'font-size': 11,
                color: '#1f2933',
                width: 14,
                height: 14,
                'text-valign': 'center',
                'text-margin-x': 0,
              },
            },
            { selector: 'node.source', style: { 'text-halign': 'left', 'text-margin-x': -6 } },
            { selector: 'node.target', style: { 'text-halign': 'right', 'text-margin-x': 6, shape: 'round-rectangle' } },
            { selector: 'node.middle', style: { 'text-valign': 'top', 'text-margin-y': -4, shape: 'diamond' } },
            {
              selector: 'edge',
              style: { width: 1.5, 'line-color': 'data(colour)', 'curve-style': 'bezier', opacity: 0.85 },
            },
            { selector: 'edge.proposed', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
            { selector: 'edge.best', style: { width: 3.5, opacity: 1 } },
          ],
        });
        // Fit the drawing again whenever its box changes size (a rotated phone, a resized window).
        observer = new ResizeObserver(() => {
          cy?.resize();
          cy?.fit(undefined, 24);
        });
        observer.observe(container.current);
      })
      .catch((e: Error) => setFailed(e.message));
    return () => {
      cancelled = true;
      observer?.disconnect();
      cy?.destroy();
    };
  }, [graph]);

  const label = t('cov.graphLabel', {
    source: props.source.id,
    target: props.target.id,
    nodes: graph.nodeCount,
    edges: graph.edgeCount,
  });
  return (
    <>
      {failed && (
        <p className="notice error" role="alert">
          {failed}
        </p>
      )}
      {graph.targetCount === 0 && (
        <p className="notice" data-testid="coverage-target-empty">
          {t('cov.targetEmpty', {
            source: props.source.id,
            target: props.target.id,
            kinds: graph.kinds.map((k) => t(`cov.kind.${k.toLowerCase()}` as TextKey)).join(', '),
          })}
        </p>
      )}
      {/* On narrow screens the graph keeps a readable width and scrolls sideways. */}
      <div className="graph-scroll" tabIndex={0} role="region" aria-label={t('cov.graph')}>
        <div className="graph-columns" aria-hidden="true">
          <span>{props.source.id}</span>
          <span>{props.target.id}</span>
        </div>
        <div
          ref={container}
          className="coverage-graph"
          role="img"
          aria-label={label}
          data-testid="coverage-graph"
          data-nodes={graph.nodeCount}
          data-edges={graph.edgeCount}
          style={{ height: `${Math.min(900, Math.max(260, graph.rows * ROW + 60))}px` }}
        />
      </div>
    </>
  );
}
