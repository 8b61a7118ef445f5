/**
 * A request the engine cannot answer because of its inputs (a 400 for the server): a malformed
 * price series, a window that makes no sense, or studies that cannot be aggregated together.
 * A ticker that merely lacks data is not an error: it comes back as `status: 'excluded'`.
 */
export type StudyErrorCode =
  | 'bad-series'
  | 'bad-window'
  | 'no-benchmark'
  | 'no-factors'
  | 'bad-basket'
  | 'mixed-studies';

export class StudyError extends Error {
  override readonly name = 'StudyError';
  readonly code: StudyErrorCode;

  constructor(code: StudyErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
