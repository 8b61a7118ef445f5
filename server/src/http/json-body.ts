import type { Context, TypedResponse } from 'hono';

/** A value and its JSON text, serialised once: a cached answer is sent many times. */
export class JsonBody<T> {
  private serialised: string | undefined;

  constructor(readonly value: T) {}

  get text(): string {
    this.serialised ??= JSON.stringify(this.value);
    return this.serialised;
  }
}

/**
 * Sends the stored JSON text with the type of its value, as `c.json(value)` would, so the typed
 * client still knows the shape. The text is always `JSON.stringify` of that value, which makes
 * the type assertion sound.
 */
export function sendJson<T>(c: Context, body: JsonBody<T>): TypedResponse<T, 200, 'json'> {
  return c.body(body.text, 200, {
    'Content-Type': 'application/json',
  }) as unknown as TypedResponse<T, 200, 'json'>;
}
