import type { Kysely } from 'kysely';

/**
 * The 5-factor file's SMB and HML beside the 3-factor file's: French builds the five-factor SMB
 * from 2x3 sorts on size with value, profitability and investment, so it differs from the
 * 3-factor SMB on most days (2021-01-04: 0.14 against 0.20). FF5 regresses on these.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('factor_returns').addColumn('smb5', 'float8').execute();
  await db.schema.alterTable('factor_returns').addColumn('hml5', 'float8').execute();
}
