/** A failure the user can act on: printed as is, without a stack, with exit code 1 (2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string, help: string) =>
  new CliError(`${message}\n\n${help}`, 2);
