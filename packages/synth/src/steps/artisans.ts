import { craftCategories } from '@anyam/core';
import { femaleShareByCategory } from '../catalog.js';
import { addDays, pickFrom, sqlList, sqlNumbers, uniform, uniformInt } from '../sql.js';
import { ids, runAll, type StepContext } from './context.js';

const femaleShares = sqlNumbers(craftCategories.map((category) => femaleShareByCategory[category]));

const womenNames = [
  'Siti',
  'Nur',
  'Dewi',
  'Sri',
  'Ratna',
  'Yuyun',
  'Euis',
  'Neneng',
  'Iis',
  'Lilis',
  'Rohayati',
  'Nurhasanah',
  'Fitri',
  'Rina',
  'Aminah',
  'Komariah',
  'Halimah',
  'Mulyani',
  'Atikah',
  'Enah',
];
const menNames = [
  'Ahmad',
  'Asep',
  'Ujang',
  'Dedi',
  'Agus',
  'Budi',
  'Hendra',
  'Iwan',
  'Jaja',
  'Mamat',
  'Ade',
  'Encep',
  'Rudi',
  'Yayan',
  'Sukardi',
  'Suryadi',
  'Wahyu',
  'Rahmat',
  'Hasan',
  'Dadang',
];
const familyNames = [
  'Suhendar',
  'Hidayat',
  'Setiawan',
  'Rohman',
  'Saputra',
  'Sulaeman',
  'Kurniawan',
  'Maulana',
  'Nurjanah',
  'Hasanah',
  'Permana',
  'Rahmawati',
  'Wijaya',
  'Lestari',
  'Fauzi',
  'Sobari',
  'Jamaludin',
  'Supriatna',
  'Kusnadi',
  'Sumiati',
];
const phonePrefixes = [
  '811',
  '812',
  '813',
  '821',
  '822',
  '852',
  '853',
  '857',
  '877',
  '878',
  '881',
  '895',
  '896',
];

/**
 * Creates `syn_art` (one row per artisan: enterprise, gender, engagement, coaching gate) and
 * `artisans`, at Banten scale with PII (name, a 16-digit NIK built like a real one from the district,
 * birth date and a serial, a mobile number) so that the import round trip has something to drop.
 * The first artisan of an enterprise is its owner.
 *
 *     await createArtisans(context) // Banten: about 8,700 rows
 */
export async function createArtisans(context: StepContext): Promise<void> {
  await runAll(context, [
    `CREATE OR REPLACE TEMP TABLE syn_art AS
     WITH slots AS (
       SELECT e, unit, cat, dom, region_code, owner_female, registered_on AS ent_registered, gate_year, art_off + j AS a, j
       FROM (SELECT *, unnest(range(n_art)) AS j FROM syn_ent))
     SELECT a, e, unit, cat, dom, region_code, gate_year,
       CASE WHEN j = 0 THEN owner_female ELSE ${uniform('gender', 'a')} < ${femaleShares}[cat] END AS female,
       -- Half the artisans are keen (three times as likely to join a program in a year as the rest).
       ${uniform('engaged', 'a')} < 0.5 AS engaged,
       CASE WHEN j = 0 THEN $to_year::INTEGER - 25 - floor(40 * ${uniform('age', 'a')})
            ELSE $to_year::INTEGER - 18 - floor(47 * pow(${uniform('age', 'a')}, 1.15)) END::INTEGER AS birth_year,
       CASE WHEN j = 0 THEN ent_registered
            ELSE ${addDays('ent_registered', `floor(${uniform('registered', 'a')} * least(400, make_date($to_year::INTEGER, 12, 31) - ent_registered))`)} END AS registered_on
     FROM slots`,
    context.config.withPii
      ? `INSERT INTO artisans (artisan_id, enterprise_id, full_name, nik, phone, gender, birth_year, registered_on)
     SELECT ${ids.artisan('a')}, ${ids.enterprise('e')},
       CASE WHEN female THEN ${pickFrom(sqlList(womenNames), uniform('first-name', 'a'))} ELSE ${pickFrom(sqlList(menNames), uniform('first-name', 'a'))} END
         || ' ' || ${pickFrom(sqlList(familyNames), uniform('family-name', 'a'))},
       rpad(replace(region_code, '.', ''), 6, '0')
         || lpad((1 + ${uniformInt('birth-day', '28', 'a')} + CASE WHEN female THEN 40 ELSE 0 END)::VARCHAR, 2, '0')
         || lpad((1 + ${uniformInt('birth-month', '12', 'a')})::VARCHAR, 2, '0')
         || lpad((birth_year % 100)::VARCHAR, 2, '0')
         || lpad((1 + a % 9999)::VARCHAR, 4, '0'),
       '08' || ${pickFrom(sqlList(phonePrefixes), uniform('phone-prefix', 'a'))} || lpad(${uniformInt('phone', '100000000', 'a')}::VARCHAR, 8, '0'),
       CASE WHEN female THEN 'F' ELSE 'M' END, birth_year, registered_on
     FROM syn_art`
      : `INSERT INTO artisans (artisan_id, enterprise_id, gender, birth_year, registered_on)
     SELECT ${ids.artisan('a')}, ${ids.enterprise('e')}, CASE WHEN female THEN 'F' ELSE 'M' END, birth_year, registered_on
     FROM syn_art`,
  ]);
}
