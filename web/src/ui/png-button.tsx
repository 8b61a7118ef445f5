import { type RefObject, useState } from 'react';
import { downloadChartPng } from './png-export';

export interface PngButtonProps {
  /** The element that holds the chart's main `<svg>`. */
  target: RefObject<HTMLElement | null>;
  fileName: string;
  title: string;
  legend?: readonly { label: string; colour: string }[];
  /** Lines under the chart in the PNG: model, benchmark, window, source. */
  footer?: readonly string[];
}

/** Downloads the chart next to it as a PNG. */
export function PngButton({ target, fileName, title, legend, footer }: PngButtonProps) {
  const [failed, setFailed] = useState<string | null>(null);
  const run = async () => {
    const svg = target.current?.querySelector('svg.recharts-surface, svg[data-chart]');
    if (!(svg instanceof SVGSVGElement)) {
      setFailed('No chart to export yet');
      return;
    }
    try {
      setFailed(null);
      await downloadChartPng({
        svg,
        fileName,
        title,
        ...(legend && { legend }),
        ...(footer && { footer }),
      });
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <button type="button" className="download" onClick={run} title="Download this chart as PNG">
        PNG
      </button>
      {failed && (
        <span className="error-inline" role="alert">
          {failed}
        </span>
      )}
    </>
  );
}
