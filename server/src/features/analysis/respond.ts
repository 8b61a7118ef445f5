import type { Context } from 'hono';

export type Format = 'json' | 'csv' | 'xlsx';

const types: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A download with a file name the analyst can keep: `aftershock-<what>.<ext>`. */
export function download(
  c: Context,
  options: { body: string | Uint8Array; format: Format; name: string },
) {
  const file = `aftershock-${options.name.replace(/[^a-zA-Z0-9._-]+/g, '-')}.${options.format}`;
  return c.body(options.body as string, 200, {
    'Content-Type': types[options.format],
    'Content-Disposition': `attachment; filename="${file}"`,
  });
}
