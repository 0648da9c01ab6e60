/**
 * The test dataset as an attacker would shape it: a council and an enterprise named with
 * spreadsheet formulas, and a manifest made by an import that names the folders it read (absolute
 * paths of the server's disk). Copied from the Banten test dataset into `target`.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export const councilAttack = '=HYPERLINK("http://x","klik")';
export const enterpriseAttack = "@SUM(1+1)*cmd|' /C calc'!A0";

export async function makeAttackDataset(source: string, target: string): Promise<string> {
  await rm(target, { recursive: true, force: true });
  await cp(source, target, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
    await connection.run(
      `COPY (SELECT * REPLACE (CASE WHEN council_id = (SELECT min(council_id) FROM read_parquet(${quote(join(source, 'councils.parquet'))})) THEN ${quote(councilAttack)} ELSE name END AS name)
        FROM read_parquet(${quote(join(source, 'councils.parquet'))})) TO ${quote(join(target, 'councils.parquet'))} (FORMAT parquet)`,
    );
    await connection.run(
      `COPY (SELECT * REPLACE (CASE WHEN enterprise_id = (SELECT min(enterprise_id) FROM read_parquet(${quote(join(source, 'enterprises.parquet'))})) THEN ${quote(enterpriseAttack)} ELSE name END AS name)
        FROM read_parquet(${quote(join(source, 'enterprises.parquet'))})) TO ${quote(join(target, 'enterprises.parquet'))} (FORMAT parquet)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  const manifest = JSON.parse(await readFile(join(target, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  manifest.created_by = {
    command: 'import',
    inputs: [join(target, 'councils', 'pandeglang'), join(target, 'councils', 'lebak')],
  };
  await writeFile(join(target, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return target;
}
