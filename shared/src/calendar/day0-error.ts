/**
 * Why a news time has no day 0 in the data. All codes are the caller's problem (a 400): the time
 * cannot be read, falls before the data (no session with enough history before it), after the
 * data (no session closes after it), or the data disagrees with the NYSE calendar around it.
 */
export type Day0ErrorCode = 'invalid-instant' | 'before-data' | 'after-data' | 'calendar-mismatch';

export class Day0Error extends Error {
  override readonly name = 'Day0Error';
  readonly code: Day0ErrorCode;

  constructor(code: Day0ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
