/**
 * Runs tasks one at a time per host, so a feed reader never opens parallel requests to the same
 * publisher however many of its feeds are due at once. Different hosts run concurrently.
 */
export class HostQueue {
  readonly #tails = new Map<string, Promise<void>>();

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(host) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(host, tail);
    void tail.then(() => {
      if (this.#tails.get(host) === tail) this.#tails.delete(host);
    });
    return result;
  }

  /** Hosts with a task running or waiting. */
  get busyHosts(): number {
    return this.#tails.size;
  }
}
