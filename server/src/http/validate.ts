import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import { badRequest } from './api-error';
import { nulPath } from './security';

/** Formats zod issues as one sentence per field: `tickers: "N@" is not a ticker`. */
export function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .map((i) => {
      const where = i.path.length > 0 ? `${i.path.map(String).join('.')}: ` : '';
      return `${where}${i.message}`;
    })
    .join('; ');
}

/** Validates the query string; a failure becomes a 400 with the reasons. */
export const validQuery = <T extends z.ZodType>(schema: T) =>
  zValidator('query', schema, (result) => {
    if (!result.success) throw badRequest(describeIssues(result.error));
  });

export const validParam = <T extends z.ZodType>(schema: T) =>
  zValidator('param', schema, (result) => {
    if (!result.success) throw badRequest(describeIssues(result.error));
  });

/** Validates a JSON body; a failure, or a string holding U+0000 (see nulFree), is a 400. */
export const validJson = <T extends z.ZodType>(schema: T) =>
  zValidator('json', schema, (result) => {
    if (!result.success) throw badRequest(describeIssues(result.error));
    const at = nulPath(result.data);
    if (at !== null) throw badRequest(`${at || 'body'}: contains a NUL character (U+0000)`);
  });
