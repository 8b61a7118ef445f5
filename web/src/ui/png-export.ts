/** Style properties that the chart takes from the stylesheet and CSS variables. */
const inlined = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

export interface PngExportOptions {
  svg: SVGSVGElement;
  fileName: string;
  title: string;
  legend?: readonly { label: string; colour: string }[];
  /** Lines under the chart: model, benchmark, window, source and data date. */
  footer?: readonly string[];
  scale?: number;
}

/**
 * Draws the chart's SVG on a canvas and downloads it as a PNG. The SVG is cloned with its computed
 * styles written inline, since a serialised SVG loses the stylesheet and the CSS variables of the
 * theme; a title and the legend are drawn above it.
 */
export async function downloadChartPng(options: PngExportOptions): Promise<void> {
  const { svg, scale = 2 } = options;
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  const clone = inlineStyles(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const xml = new XMLSerializer().serializeToString(clone);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`);

  const legend = options.legend ?? [];
  const header = 28 + (legend.length > 0 ? 22 * Math.ceil(legend.length / 8) : 0);
  const footer = options.footer ?? [];
  const bottom = 12 + 16 * footer.length;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (height + header + bottom) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  ctx.scale(scale, scale);
  const styles = getComputedStyle(document.documentElement);
  ctx.fillStyle = styles.getPropertyValue('--panel').trim() || '#ffffff';
  ctx.fillRect(0, 0, width, height + header + bottom);
  const text = styles.getPropertyValue('--text').trim() || '#0f172a';
  ctx.fillStyle = text;
  ctx.font = `600 14px ${styles.fontFamily}`;
  ctx.fillText(options.title, 12, 20);
  ctx.font = `12px ${styles.fontFamily}`;
  legend.forEach((item, i) => {
    const x = 12 + (i % 8) * Math.max(90, (width - 24) / 8);
    const y = 42 + Math.floor(i / 8) * 22;
    ctx.fillStyle = item.colour;
    ctx.fillRect(x, y - 9, 14, 4);
    ctx.fillStyle = text;
    ctx.fillText(item.label, x + 18, y - 3);
  });
  ctx.drawImage(image, 0, header, width, height);
  ctx.fillStyle = styles.getPropertyValue('--muted').trim() || text;
  ctx.font = `11px ${styles.fontFamily}`;
  for (const [i, line] of footer.entries()) ctx.fillText(line, 12, height + header + 14 + 16 * i);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The chart could not be turned into a PNG');
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = options.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function inlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error('not an SVG element');
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const copy = target[i];
    if (!(copy instanceof SVGElement)) return;
    const computed = getComputedStyle(el);
    for (const prop of inlined) {
      const value = computed.getPropertyValue(prop);
      if (value) copy.style.setProperty(prop, value);
    }
  });
  return clone;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart image could not be drawn'));
    image.src = src;
  });
}
