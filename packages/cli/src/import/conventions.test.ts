import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from 'vitest';
import { goodFiles, tempDir, writeFolder } from './fixture.test-support.js';
import { runImport } from './run-import.js';

async function readParquet(path: string, sql: string) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (
      await connection.runAndReadAll(sql.replace('$file', 'read_parquet($path)'), { path })
    ).getRowObjectsJson();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

test('runImport accepts what Indonesian spreadsheets contain and says which conventions it saw', async () => {
  const dir = await tempDir();
  const input = await writeFolder(join(dir, 'council'), {
    // Byte-order mark, Windows line endings and `;` separators, as Excel writes in an Indonesian locale.
    councils:
      '\uFEFFcouncil_id;region_code;name\r\nDK-36;36;Dekranasda Provinsi Banten\r\nDK-3601;36.01;Dekranasda Kabupaten Pandeglang\r\nDK-3603; 36.03 ;Dekranasda Kabupaten Tangerang\r\n',
    enterprises: `enterprise_id,region_code,name,craft_category,size_class,owner_gender,founded_year,registered_on
E1,36.01,Tenun Baduy Jaya,TENUN,Mikro,P,2010,15/01/2020
E2,36.03,Golok Ciomas,Logam,kecil,L,2005,01/03/2019
`,
    programs: `program_id,council_id,name,program_type,craft_category,start_date,end_date,target_region_code,target_participants,budget_idr
P1,DK-3601,Pelatihan Tenun,Pelatihan,tenun,10/01/2024,10/03/2024,36.01,20,Rp 1.250.000
P2,DK-36,Klinik Desain,klinik desain,,2024-02-01,2024-06-30,36,30,"Rp75.000.000,00"
`,
    participations: `program_id,artisan_id,enrolled_on,completed
P1,A1,17/08/2024,ya
P1,A2,17/08/2024,Tidak
P2,A3,2024-02-01,true
`,
    products: `product_id;enterprise_id;name;craft_category;unit_price_idr;local_material_share;certifications;channels
PR1;E1;Kain Tenun Baduy;Tenun;350.000;0,75;"halal; Merek";"Lokal, Daring"
PR2;E2;Golok Ciomas;logam;500000;75%;;lokal
`,
  });
  const out = join(dir, 'dataset');
  const result = await runImport({
    inputs: [input],
    out,
    reportDir: join(dir, 'report'),
    lang: 'en',
  });
  expect(result.report?.problems).toEqual([]);
  expect(result.exitCode).toBe(0);
  expect(result.report?.totals.imported).toBe(result.report?.totals.read);
  expect(Object.keys(result.report?.conventions ?? {}).sort()).toEqual([
    'byte_order_mark',
    'comma_separated_lists',
    'day_first_dates',
    'decimal_comma',
    'enumeration_labels',
    'gender_l_p',
    'percent',
    'rupiah_prefix',
    'semicolon_separator',
    'stray_spaces',
    'thousands_separators',
    'windows_line_endings',
    'ya_tidak_booleans',
  ]);

  const enterprises = await readParquet(
    join(out, 'enterprises.parquet'),
    'SELECT * FROM $file ORDER BY enterprise_id',
  );
  expect(
    enterprises.map((e) => [e.craft_category, e.size_class, e.owner_gender, e.registered_on]),
  ).toEqual([
    ['woven_textile', 'micro', 'F', '2020-01-15'],
    ['metalcraft', 'small', 'M', '2019-03-01'],
  ]);
  const programs = await readParquet(
    join(out, 'programs.parquet'),
    'SELECT * FROM $file ORDER BY program_id',
  );
  expect(
    programs.map((p) => [p.program_type, p.craft_category, p.start_date, p.budget_idr]),
  ).toEqual([
    ['training', 'woven_textile', '2024-01-10', '1250000'],
    ['design_clinic', null, '2024-02-01', '75000000'],
  ]);
  const participations = await readParquet(
    join(out, 'participations'),
    "SELECT program_id, artisan_id, CAST(enrolled_on AS VARCHAR) AS enrolled_on, completed FROM read_parquet($path || '/*/*.parquet') ORDER BY artisan_id",
  );
  expect(participations.map((p) => [p.enrolled_on, p.completed])).toEqual([
    ['2024-08-17', true],
    ['2024-08-17', false],
    ['2024-02-01', true],
  ]);
  const products = await readParquet(
    join(out, 'products.parquet'),
    'SELECT * FROM $file ORDER BY product_id',
  );
  expect(
    products.map((p) => [p.unit_price_idr, p.local_material_share, p.certifications, p.channels]),
  ).toEqual([
    ['350000', 0.75, ['halal', 'trademark'], ['ecommerce', 'local']],
    ['500000', 0.75, [], ['local']],
  ]);
  const councils = await readParquet(
    join(out, 'councils.parquet'),
    'SELECT * FROM $file ORDER BY council_id',
  );
  expect(councils.map((c) => c.region_code)).toEqual(['36', '36.01', '36.03']);
  // Untouched files still import as they are.
  expect(goodFiles.outcomes.split('\n').length - 2).toBe(result.report?.tables.outcomes.imported);
});
