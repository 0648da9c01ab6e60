/**
 * A small, good council folder for the import's tests: every table, every reference resolved,
 * canonical form. Tests copy it and change one thing.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { TableName } from '@anyam/core';

export const goodFiles: Record<TableName, string> = {
  councils: `council_id,region_code,name
DK-36,36,Dekranasda Provinsi Banten
DK-3601,36.01,Dekranasda Kabupaten Pandeglang
DK-3603,36.03,Dekranasda Kabupaten Tangerang
`,
  enterprises: `enterprise_id,region_code,name,craft_category,size_class,owner_gender,founded_year,registered_on
E1,36.01,Tenun Baduy Jaya,woven_textile,micro,F,2010,2020-01-15
E2,36.03,Golok Ciomas,metalcraft,small,M,2005,2019-03-01
`,
  artisans: `artisan_id,enterprise_id,full_name,nik,phone,gender,birth_year,registered_on
A1,E1,Siti Aminah,3601010101800001,081234567801,F,1980,2020-02-01
A2,E1,Rina Wati,3601010101850002,081234567802,F,1985,2020-02-01
A3,E2,Budi Santoso,3603010101750003,081234567803,M,1975,2019-04-01
`,
  programs: `program_id,council_id,name,program_type,craft_category,start_date,end_date,target_region_code,target_participants,budget_idr
P1,DK-3601,Pelatihan Tenun,training,woven_textile,2024-01-10,2024-03-10,36.01,20,50000000
P2,DK-36,Klinik Desain,design_clinic,,2024-02-01,2024-06-30,36,30,75000000
`,
  participations: `program_id,artisan_id,enrolled_on,completed
P1,A1,2024-01-10,true
P1,A2,2024-01-10,false
P2,A3,2024-02-01,true
`,
  products: `product_id,enterprise_id,name,craft_category,unit_price_idr,local_material_share,certifications,channels
PR1,E1,Kain Tenun Baduy,woven_textile,350000,0.9,halal;trademark,local;ecommerce
PR2,E2,Golok Ciomas,metalcraft,500000,0.75,,local
`,
  assessments: `product_id,assessed_on,assessor_council_id,design,craftsmanship,material,packaging,market_readiness
PR1,2024-04-01,DK-36,4,5,4,3,4
PR2,2024-04-02,DK-36,3,4,4,2,3
`,
  practices: `practice_id,name,practice_category,origin_council_id
PB1,Pewarnaan alami,materials,DK-3601
PB2,Kemasan bersama,marketing,DK-3603
`,
  study_visits: `visit_id,visiting_council_id,host_council_id,visit_date,delegation_size,practice_ids
V1,DK-3601,DK-3603,2024-05-10,8,PB2
V2,DK-3603,DK-3601,2024-06-11,5,PB1;PB2
`,
  adoptions: `council_id,practice_id,adopted_on,source_visit_id,stage
DK-3601,PB2,2024-07-01,V1,piloted
DK-3603,PB1,2024-08-01,,planned
`,
  exhibitions: `exhibition_id,name,start_date,end_date,region_code,scale,organizer_council_ids
X1,Pameran Kriya Banten,2024-09-01,2024-09-05,36.73,provincial,DK-36;DK-3601
`,
  exhibitors: `exhibition_id,enterprise_id,sales_idr,transactions,buyer_leads
X1,E1,12500000,40,6
X1,E2,8000000,20,3
`,
  outcomes: `enterprise_id,year,revenue_idr,employees,units_sold
E1,2023,150000000,4,600
E1,2024,180000000,5,700
E2,2024,900000000,8,1500
`,
};

/** A fresh temporary folder, removed when the test that asked for it finishes. */
export async function tempDir(prefix = 'anyam-import-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Writes a council folder: the good files, with `overrides` replacing whole files (as text or
 * bytes) and `omit` leaving files out.
 */
export async function writeFolder(
  dir: string,
  overrides: Partial<Record<TableName, string | Uint8Array>> = {},
  omit: readonly TableName[] = [],
): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const [table, text] of Object.entries(goodFiles) as [TableName, string][]) {
    if (omit.includes(table)) continue;
    await writeFile(join(dir, `${table}.csv`), overrides[table] ?? text);
  }
  return dir;
}

/** The good file of `table` with one more line appended (a data row typed by the test). */
export function withRow(table: TableName, row: string): string {
  return `${goodFiles[table]}${row}\n`;
}
