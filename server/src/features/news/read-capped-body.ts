import { FeedFetchError } from './feed-fetch-error';

export interface ReadCappedBodyParams {
  body: ReadableStream<Uint8Array> | null;
  maxBytes: number;
  url: string;
}

/**
 * Reads a response body up to `maxBytes` and stops as soon as the cap is passed, so a huge or
 * endless body never gets buffered. fetch has already undone any Content-Encoding, so the count is
 * of decompressed bytes: a gzip bomb is cut off at the cap like any other large body.
 */
export async function readCappedBody(params: ReadCappedBodyParams): Promise<Uint8Array> {
  const { body, maxBytes, url } = params;
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Cancelling tells the server to stop; if the stream already broke, the cap is still the
        // reason worth reporting.
        await reader.cancel().catch(() => undefined);
        throw new FeedFetchError('too-large', `body exceeds the ${maxBytes}-byte cap`, { url });
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
