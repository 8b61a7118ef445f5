export interface DownloadLinksProps {
  /** The API path without extension, e.g. `/api/events/x/window`. */
  base: string;
  /** The query string the view uses, without `?`. */
  query: string;
  label: string;
}

/**
 * CSV, JSON and XLSX of what is on screen, straight from the API's exports, and the aggregate
 * tests as a CSV of their own (`<base>-tests.csv`).
 */
export function DownloadLinks({ base, query, label }: DownloadLinksProps) {
  const href = (ext: string) => `${base}.${ext}${query ? `?${query}` : ''}`;
  const tests = `${base}-tests.csv${query ? `?${query}` : ''}`;
  return (
    <fieldset className="downloads">
      <legend className="visually-hidden">Download {label}</legend>
      {(['csv', 'json', 'xlsx'] as const).map((ext) => (
        <a key={ext} className="download" href={href(ext)} download data-format={ext}>
          {ext.toUpperCase()}
        </a>
      ))}
      <a className="download" href={tests} download data-format="tests-csv">
        Tests CSV
      </a>
    </fieldset>
  );
}
