import { StudyError } from './study-error';

/**
 * Checks an event window [-pre, +post] and an estimation window [from, to] (sessions relative to
 * day 0): whole numbers, non-empty, and not overlapping, since estimating normal returns on the
 * event itself would absorb the effect being measured. Throws {@link StudyError} `bad-window`.
 */
export function validateWindows(a: {
  pre: number;
  post: number;
  estimation: readonly [number, number];
}): void {
  const { pre, post, estimation } = a;
  const [from, to] = estimation;
  const whole = Number.isInteger;
  if (!whole(pre) || !whole(post) || !whole(from) || !whole(to)) {
    throw new StudyError('bad-window', 'window bounds must be whole numbers of sessions');
  }
  if (-pre > post) {
    throw new StudyError('bad-window', `the event window ${formatWindow(-pre, post)} is empty`);
  }
  if (from > to) {
    throw new StudyError('bad-window', `the estimation window ${formatWindow(from, to)} is empty`);
  }
  if (to >= -pre && from <= post) {
    throw new StudyError(
      'bad-window',
      `the estimation window ${formatWindow(from, to)} overlaps the event window ${formatWindow(-pre, post)}`,
    );
  }
}

/** `+3`, `0`, `-5`. */
export function formatOffset(n: number): string {
  return n > 0 ? `+${n}` : `${n}`;
}

/** `[-250, -11]`, `[-5, +5]`. */
export function formatWindow(from: number, to: number): string {
  return `[${formatOffset(from)}, ${formatOffset(to)}]`;
}
