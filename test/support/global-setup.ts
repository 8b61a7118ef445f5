import { prepareTemplate } from './test-store';

/** Builds the template store once before the suites run, instead of once per file. */
export default async function setup(): Promise<void> {
  await prepareTemplate();
}
