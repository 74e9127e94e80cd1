/**
 * From year one to year two: the disconnects in a column on the left, the questions they led to
 * on the right, joined by curves (d3-shape). Under each question, one dot per pointer the report
 * gave: filled when this site records the pointer, hollow when only the number is known.
 */
import { linkHorizontal } from 'd3-shape';
import type { FlowQuestion, ThemeFlow, ThemeSummary } from './theme-data';
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, breakLines, fitText } from './text-fit';

interface FlowNode<T extends ThemeSummary = ThemeSummary> {
  theme: T;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

interface FlowPointer {
  cx: number;
  cy: number;
  recorded: boolean;
}

export interface FlowLayout {
  width: number;
  height: number;
  headings: { text: string; x: number; y: number }[];
  disconnects: FlowNode[];
  questions: (FlowNode<FlowQuestion> & { pointerText: string; pointerY: number; pointers: FlowPointer[] })[];
  links: { from: string; to: string; path: string; arrow: string }[];
  /** Baselines of the two legend lines (recorded pointer, pointer known only by number). */
  legend: { recordedY: number; unrecordedY: number; dotX: number; textX: number };
}

const PADDING = 8;
const NODE_GAP = 12;
const DOT_RADIUS = 5;
const DOT_STEP = 14;

function boxHeight(lineCount: number): number {
  return lineCount * LINE_HEIGHT + PADDING * 2 - (LINE_HEIGHT - FONT_SIZE) + 4;
}

/** "4 pointers": the line under a question (the dots show how many this site records). */
function pointerText(question: FlowQuestion): string {
  const count = question.pointerCount ?? question.pointersRecorded;
  return `${count} ${count === 1 ? 'pointer' : 'pointers'}`;
}

export function layoutFlow(flow: ThemeFlow, { width = CHART_WIDTH }: { width?: number } = {}): FlowLayout {
  const gap = Math.round(width * 0.2);
  const columnWidth = (width - gap) / 2;
  const textWidth = columnWidth - PADDING * 2;
  const top = LINE_HEIGHT + 12;
  const headings = [
    { text: fitText('Year one', columnWidth), x: 0, y: FONT_SIZE },
    { text: fitText('Year two', columnWidth), x: columnWidth + gap, y: FONT_SIZE },
  ];

  let y = top;
  const disconnects: FlowNode[] = flow.disconnects.map((theme) => {
    const lines = breakLines(theme.label, textWidth);
    const node = { theme, x: 0, y, width: columnWidth, height: boxHeight(lines.length) };
    y += node.height + NODE_GAP;
    return { ...node, lines };
  });
  const centreOf = (node: FlowNode) => node.y + node.height / 2;

  // Each question sits level with the disconnects that led to it, then moves down if it would overlap.
  const drafts = flow.questions.map((theme) => {
    const lines = breakLines(theme.label, textWidth);
    const dots = Math.max(theme.pointerCount ?? 0, theme.pointersRecorded);
    const perRow = Math.max(1, Math.floor(textWidth / DOT_STEP));
    const dotRows = Math.ceil(dots / perRow);
    const height = boxHeight(lines.length + 1) + dotRows * DOT_STEP;
    const sources = disconnects.filter((node) =>
      flow.links.some((link) => link.from === node.theme.id && link.to === theme.id),
    );
    const wanted = sources.length > 0 ? sources.reduce((sum, node) => sum + centreOf(node), 0) / sources.length : top;
    return { theme, lines, dots, perRow, height, wanted: Math.max(top, wanted - height / 2) };
  });
  let bottom = top;
  const placed: number[] = [];
  for (const draft of drafts) {
    const position = Math.max(draft.wanted, bottom);
    placed.push(position);
    bottom = position + draft.height + NODE_GAP;
  }
  const questions = drafts.map((draft, index) => {
    const qy = placed[index] ?? top;
    const x = columnWidth + gap;
    const pointerY = qy + PADDING + draft.lines.length * LINE_HEIGHT + FONT_SIZE;
    const pointers = Array.from({ length: draft.dots }, (_, dot) => ({
      cx: x + PADDING + DOT_RADIUS + (dot % draft.perRow) * DOT_STEP,
      cy: pointerY + 4 + DOT_STEP / 2 + Math.floor(dot / draft.perRow) * DOT_STEP,
      recorded: dot < draft.theme.pointersRecorded,
    }));
    return {
      theme: draft.theme,
      x,
      y: qy,
      width: columnWidth,
      height: draft.height,
      lines: draft.lines,
      pointerText: fitText(pointerText(draft.theme), textWidth),
      pointerY,
      pointers,
    };
  });

  const curve = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const links = flow.links.flatMap((link) => {
    const from = disconnects.find((node) => node.theme.id === link.from);
    const to = questions.find((node) => node.theme.id === link.to);
    if (!from || !to) return [];
    const end: [number, number] = [to.x - 6, centreOf(to)];
    const path = curve({ source: [from.x + from.width, centreOf(from)], target: end }) ?? '';
    const arrow = `M${end[0] - 8},${end[1] - 5}L${end[0]},${end[1]}L${end[0] - 8},${end[1] + 5}Z`;
    return [{ ...link, path, arrow }];
  });

  const chartBottom = Math.max(y, ...questions.map((node) => node.y + node.height + NODE_GAP));
  const legend = {
    recordedY: chartBottom + FONT_SIZE,
    unrecordedY: chartBottom + FONT_SIZE + LINE_HEIGHT,
    dotX: DOT_RADIUS + 1,
    textX: DOT_RADIUS * 2 + 8,
  };
  return { width, height: legend.unrecordedY + 6, headings, disconnects, questions, links, legend };
}
