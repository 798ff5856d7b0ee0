/**
 * Small hand-built SVG charts (no chart library): horizontal bars, grouped or stacked, with an
 * optional target line. Plain SVG 1.1 that GitHub and every browser render.
 */

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly color: string;
  /** Text after the bar; the value with the unit when absent. */
  readonly note?: string;
}

export interface BarGroup {
  readonly title: string;
  readonly bars: readonly Bar[];
}

export interface Segment {
  readonly label: string;
  readonly value: number;
  readonly color: string;
}

export interface StackedBar {
  readonly label: string;
  readonly segments: readonly Segment[];
}

const FONT = 'font-family="Helvetica, Arial, sans-serif"';
const WIDTH = 900;
const LABEL_WIDTH = 300;
const PLOT_WIDTH = 460;
const BAR_HEIGHT = 16;
const BAR_GAP = 5;

export function groupedBarChart(options: {
  readonly title: string;
  readonly subtitle?: string;
  readonly unit: string;
  readonly groups: readonly BarGroup[];
}): string {
  const max = niceMax(Math.max(...options.groups.flatMap((g) => g.bars.map((b) => b.value)), 1e-9));
  const parts: string[] = [];
  let y = 58;
  for (const group of options.groups) {
    parts.push(text(12, y + 12, escape(group.title), 'font-weight="bold" font-size="13"'));
    y += 20;
    for (const bar of group.bars) {
      const w = Math.max(1, (bar.value / max) * PLOT_WIDTH);
      parts.push(
        text(LABEL_WIDTH - 8, y + 12, escape(bar.label), 'font-size="12" text-anchor="end"'),
      );
      parts.push(
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" fill="${bar.color}" rx="2"/>`,
      );
      parts.push(
        text(
          LABEL_WIDTH + w + 6,
          y + 12,
          escape(bar.note ?? `${format(bar.value)} ${options.unit}`),
          'font-size="12" fill="#333"',
        ),
      );
      y += BAR_HEIGHT + BAR_GAP;
    }
    y += 10;
  }
  const height = y + 30;
  return svg(height, [
    ...header(options.title, options.subtitle),
    ...axis(max, options.unit, 50, height - 26),
    ...parts,
  ]);
}

export function stackedBarChart(options: {
  readonly title: string;
  readonly subtitle?: string;
  readonly unit: string;
  readonly bars: readonly StackedBar[];
  readonly target?: { readonly value: number; readonly label: string };
  /** Written before values instead of the unit after them (currency). */
  readonly prefix?: string;
}): string {
  const show = (value: number) =>
    options.prefix ? `${options.prefix}${format(value)}` : `${format(value)} ${options.unit}`;
  const totals = options.bars.map((b) => b.segments.reduce((t, s) => t + s.value, 0));
  const max = niceMax(Math.max(...totals, options.target?.value ?? 0, 1e-9));
  const parts: string[] = [];
  let y = 74;
  const tall = BAR_HEIGHT + 8;
  options.bars.forEach((bar, index) => {
    parts.push(
      text(LABEL_WIDTH - 8, y + 16, escape(bar.label), 'font-size="12" text-anchor="end"'),
    );
    let x = LABEL_WIDTH;
    for (const segment of bar.segments) {
      const w = (segment.value / max) * PLOT_WIDTH;
      if (w <= 0) continue;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${tall}" fill="${segment.color}"><title>${escape(`${segment.label}: ${show(segment.value)}`)}</title></rect>`,
      );
      x += w;
    }
    parts.push(text(x + 6, y + 16, show(totals[index] ?? 0), 'font-size="12" font-weight="bold"'));
    y += tall + 10;
  });
  const plotBottom = y;
  if (options.target) {
    const tx = LABEL_WIDTH + (options.target.value / max) * PLOT_WIDTH;
    parts.push(
      `<line x1="${tx.toFixed(1)}" y1="66" x2="${tx.toFixed(1)}" y2="${plotBottom}" stroke="#c0392b" stroke-width="2" stroke-dasharray="5,3"/>`,
    );
    parts.push(text(tx + 4, 62, escape(options.target.label), 'font-size="11" fill="#c0392b"'));
  }
  // Legend: every segment label once, in order of first appearance.
  const legend = new Map<string, string>();
  options.bars.forEach((b) =>
    b.segments.forEach((s) => legend.has(s.label) || legend.set(s.label, s.color)),
  );
  let lx = 12;
  let ly = plotBottom + 50;
  for (const [label, color] of legend) {
    const width = 30 + label.length * 7;
    if (lx + width > WIDTH - 10) {
      lx = 12;
      ly += 18;
    }
    parts.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${color}"/>`);
    parts.push(text(lx + 16, ly, escape(label), 'font-size="11"'));
    lx += width;
  }
  const height = ly + 16;
  return svg(height, [
    ...header(options.title, options.subtitle),
    ...axis(max, options.prefix ?? options.unit, 66, plotBottom + 14, options.prefix !== undefined),
    ...parts,
  ]);
}

function header(title: string, subtitle?: string): string[] {
  return [
    text(12, 22, escape(title), 'font-size="16" font-weight="bold"'),
    ...(subtitle ? [text(12, 40, escape(subtitle), 'font-size="11" fill="#555"')] : []),
  ];
}

function axis(max: number, unit: string, top: number, bottom: number, prefix = false): string[] {
  const ticks = 4;
  const lines: string[] = [];
  for (let i = 0; i <= ticks; i += 1) {
    const x = LABEL_WIDTH + (PLOT_WIDTH * i) / ticks;
    lines.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#e3e3e3"/>`);
    const value = format((max * i) / ticks);
    const label = prefix ? `${unit}${value}` : `${value}${i === ticks ? ` ${unit}` : ''}`;
    lines.push(text(x, bottom + 14, label, 'font-size="10" text-anchor="middle" fill="#666"'));
  }
  return lines;
}

function svg(height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${Math.ceil(height)}" viewBox="0 0 ${WIDTH} ${Math.ceil(height)}" ${FONT}>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attributes}>${content}</text>`;
}

function niceMax(value: number): number {
  const exponent = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (value <= step * exponent) return step * exponent;
  }
  return 10 * exponent;
}

function format(value: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
