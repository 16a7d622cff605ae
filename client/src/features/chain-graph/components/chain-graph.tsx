import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Chain } from '@akkoord/shared/schemas/chain';
import { todayInAmsterdam } from '../../../lib/format/dates.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { downloadPng, downloadSvg, exportFileName } from '../../../lib/svg-export.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { useImpact } from '../api/get-impact.ts';
import { loadElk, resetElk } from '../api/load-elk.ts';
import { chooseDrawingMode } from '../model/drawing-mode.ts';
import { buildGraphModel, isShownAgreement, type ChainAgreementNode } from '../model/graph-model.ts';
import { highlightFromImpact } from '../model/impact-highlight.ts';
import { layoutChain, type ChainLayout } from '../model/layout-chain.ts';
import { ChainLegend } from './chain-legend.tsx';
import { ChainSvg, type ChainSvgTexts } from './chain-svg.tsx';
import { ChainTable } from './chain-table.tsx';
import { ChainViolations } from './chain-violations.tsx';
import { ImpactPanel, type ImpactRequest } from './impact-panel.tsx';
import { useChainFacts, useEdgeTexts } from './use-chain-texts.ts';
import './chain-graph.css';

export interface ChainGraphProps {
  chain: Chain;
  /** The agreement the page is about (marked "this agreement", default for impact mode). */
  focusAgreementId?: number;
  /** Names the drawing (region label, export title and file name). */
  title: string;
  /** Embedded on another page: no impact panel (it lives on the chain page). */
  compact?: boolean;
}

type Job = 'svg' | 'png' | 'print' | null;
/** Below this the graph is shown at full size with scrollbars instead of shrunk to fit. */
const MIN_FIT_SCALE = 0.5;
/** A layout still running after this is given up; the table shows the same content. */
const LAYOUT_TIMEOUT_MS = 15_000;

/**
 * The chain graph (issue 6): organisations and agreements as nodes, party
 * roles and relations as labelled edges, laid out left to right by ELK in
 * a worker, drawn as plain SVG; rule findings with their explanation;
 * impact mode; a table with the same content; export and print.
 */
export function ChainGraph({ chain, focusAgreementId, title, compact }: ChainGraphProps) {
  const t = useT();
  const f = useFormat();
  const prefix = `chain${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const edgeTexts = useEdgeTexts();
  const { model, mode: drawing } = useMemo(() => {
    const detailed = buildGraphModel(chain, edgeTexts);
    const chosen = chooseDrawingMode(detailed);
    return { model: chosen === 'detailed' ? detailed : buildGraphModel(chain, edgeTexts, { organisations: false }), mode: chosen };
  }, [chain, edgeTexts]);
  const facts = useChainFacts(chain);
  const [layout, setLayout] = useState<ChainLayout | null>(null);
  const [layoutError, setLayoutError] = useState<unknown>(null);
  const [mode, setMode] = useState<'graph' | 'table'>('graph');
  const [fit, setFit] = useState(true);
  const [width, setWidth] = useState(0);
  const [request, setRequest] = useState<ImpactRequest | null>(null);
  const [job, setJob] = useState<Job>(null);
  const exportRef = useRef<SVGSVGElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const today = useMemo(() => todayInAmsterdam(), []);
  const impact = useImpact(request);
  const highlight = useMemo(
    () => (request && impact.data?.agreementId === request.id && impact.data.on === request.on ? highlightFromImpact(impact.data) : null),
    [request, impact.data],
  );

  useEffect(() => {
    let cancelled = false;
    performance.mark('akkoord:chain-graph:start');
    let timer = 0;
    const timeout = new Promise<never>((_, reject) => {
      timer = window.setTimeout(() => reject(new Error('layout timeout')), LAYOUT_TIMEOUT_MS);
    });
    setLayout(null);
    setLayoutError(null);
    const laidOut = loadElk().then((elk) => {
      performance.mark('akkoord:chain-graph:elk-ready');
      return layoutChain(model, elk);
    });
    Promise.race([laidOut, timeout])
      .then((result) => {
        performance.mark('akkoord:chain-graph:laid-out');
        if (!cancelled) setLayout(result);
      })
      .catch((error: unknown) => {
        // A layout that never ends would keep the worker busy for the next graph too.
        resetElk();
        if (!cancelled) setLayoutError(error);
      })
      .finally(() => window.clearTimeout(timer));
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [model]);

  // Time from asking for a layout to the drawn graph (read by bench/timeline.bench.ts).
  useLayoutEffect(() => {
    if (!layout) return;
    requestAnimationFrame(() => {
      performance.measure('akkoord:chain-graph', 'akkoord:chain-graph:start');
      performance.measure('akkoord:chain-graph:layout', 'akkoord:chain-graph:elk-ready', 'akkoord:chain-graph:laid-out');
      performance.measure('akkoord:chain-graph:render', 'akkoord:chain-graph:laid-out');
    });
  }, [layout]);

  useLayoutEffect(() => {
    const el = frameRef.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, [layout, mode]);

  useEffect(() => {
    const svg = exportRef.current;
    if (!job || !svg) return;
    if (job === 'svg') downloadSvg(svg, exportFileName(title, 'svg', today));
    else if (job === 'png') void downloadPng(svg, exportFileName(title, 'png', today));
    else window.print();
    setJob(null);
  }, [job, title, today]);

  const texts: ChainSvgTexts = useMemo(
    () => ({
      typeOf: (type) => t(`type.${type}`),
      statusOf: (node) => `${t(`status.${node.status}`)} · ${f.date(node.startDate)}`,
      kindOf: (node) => t(`orgKind.${node.organisationKind}`),
      restricted: t('agreement.restricted'),
      restrictedNumber: (agreementId) => t('agreement.restricted.number', { id: agreementId }),
      noAccess: t('agreement.restricted.noAccess'),
      violations: (errors, warnings) =>
        [errors ? t('chain.count.errors', { count: errors }) : '', warnings ? t('chain.count.warnings', { count: warnings }) : ''].filter(Boolean).join(', '),
      thisAgreement: t('chain.thisAgreement'),
      ends: request ? t('chain.impact.endsOn', { date: f.date(request.on) }) : t('chain.impact.ends'),
      losesBasis: t('chain.impact.losesBasis'),
      mayLoseBasis: t('chain.impact.mayLoseBasis'),
    }),
    [t, f, request],
  );

  const agreements = useMemo(() => chain.nodes.filter((n): n is ChainAgreementNode => n.kind === 'agreement'), [chain]);
  // Impact can be asked only for what the user may see (the others answer "not found").
  const shownAgreements = useMemo(() => chain.nodes.filter(isShownAgreement), [chain]);
  const hasRestricted = shownAgreements.length < agreements.length;
  const order = useMemo(() => new Map((layout?.nodes ?? []).map((n) => [n.id, n.x * 10_000 + n.y])), [layout]);
  const focusNodeId = focusAgreementId !== undefined ? `agreement:${focusAgreementId}` : null;
  const fitScale = layout && width ? Math.min(1, (width - 2) / layout.width) : 1;
  const scale = fit && fitScale >= MIN_FIT_SCALE ? fitScale : 1;
  const caption = t('chain.table.caption', { title });

  return (
    <div className="akk-chain" data-layout={layout ? 'ready' : layoutError ? 'failed' : 'pending'} data-drawing={drawing}>
      <div className="akk-chain__toolbar">
        <ButtonGroup label={t('chain.view')}>
          {(['graph', 'table'] as const).map((m) => (
            <Button key={m} appearance={mode === m ? 'primary' : 'secondary'} aria-pressed={mode === m} onClick={() => setMode(m)}>
              {t(`chain.view.${m}`)}
            </Button>
          ))}
        </ButtonGroup>
        {mode === 'graph' && layout && fitScale < 1 ? (
          <ButtonGroup label={t('chain.size')}>
            <Button appearance={fit ? 'primary' : 'secondary'} aria-pressed={fit} onClick={() => setFit(true)}>
              {t('chain.size.fit')}
            </Button>
            <Button appearance={!fit ? 'primary' : 'secondary'} aria-pressed={!fit} onClick={() => setFit(false)}>
              {t('chain.size.actual')}
            </Button>
          </ButtonGroup>
        ) : null}
        <ButtonGroup label={t('chain.export')}>
          <Button disabled={!layout} onClick={() => setJob('svg')}>
            {t('chain.export.svg')}
          </Button>
          <Button disabled={!layout} onClick={() => setJob('png')}>
            {t('chain.export.png')}
          </Button>
          <Button disabled={!layout} onClick={() => setJob('print')}>
            {t('chain.export.print')}
          </Button>
        </ButtonGroup>
      </div>
      {chain.truncated ? <Alert type="warning">{t('chain.truncated', { count: agreements.length })}</Alert> : null}
      {drawing === 'overview' ? <Alert type="info">{t('chain.overview', { count: agreements.length })}</Alert> : null}
      {hasRestricted ? <Alert type="info">{t('agreement.restricted.explain')}</Alert> : null}
      <ChainViolations chain={chain} />
      {mode === 'table' ? (
        <ChainTable chain={chain} facts={facts} order={order} highlight={highlight} caption={caption} />
      ) : layoutError ? (
        <Alert type="error">{t('chain.layoutFailed')}</Alert>
      ) : !layout ? (
        <Skeleton lines={6} />
      ) : (
        <>
          <div
            ref={frameRef}
            className="akk-chain__frame"
            role="group"
            tabIndex={0}
            aria-label={t('chain.graphLabel', { title, count: agreements.length })}
            aria-describedby={`${prefix}-help`}
          >
            <ChainSvg
              layout={layout}
              scale={scale}
              facts={facts}
              texts={texts}
              focusNodeId={focusNodeId}
              highlight={highlight}
              idPrefix={prefix}
              withParties={drawing === 'overview'}
            />
          </div>
          <p id={`${prefix}-help`} className="akk-chain__help utrecht-paragraph">
            {t('chain.help')}
          </p>
          <ChainLegend withRestricted={hasRestricted} />
        </>
      )}
      {!compact ? (
        <ImpactPanel
          agreements={shownAgreements}
          defaultId={focusAgreementId ?? chain.agreementId}
          today={today}
          request={request}
          onRequest={setRequest}
          impact={impact.data}
          error={impact.error}
          loading={impact.isFetching}
          onRetry={() => void impact.refetch()}
        />
      ) : null}
      {job && layout ? (
        <div className={job === 'print' ? 'akk-chain__print' : 'akk-chain__stage'} aria-hidden="true">
          <ChainSvg
            layout={layout}
            scale={1}
            facts={facts}
            texts={texts}
            focusNodeId={focusNodeId}
            highlight={highlight}
            idPrefix={`${prefix}x`}
            title={title}
            svgRef={exportRef}
            withParties={drawing === 'overview'}
          />
        </div>
      ) : null}
    </div>
  );
}
