-- Anyam: one view per table of a dataset, for DuckDB's own command line.
-- Generated from @anyam/core's tables and data dictionary by
-- `node packages/core/scripts/data-dictionary.mjs`: edit those, not this file.
-- From the repository root:   duckdb -init data/schema.sql
-- (or, inside duckdb:         .read data/schema.sql)
-- The paths are relative to the folder duckdb was started in and point at data/export, the
-- default dataset folder; for another dataset, replace 'data/export/' below. The columns and
-- their order are those of openDataset() in @anyam/duckdb, so the queries in data/queries/ run
-- the same here, in `anyam query` and on the dashboard's SQL page. Every view and column
-- carries its meaning as a comment: SELECT table_name, column_name, comment FROM duckdb_columns().
--
-- participations, assessments and outcomes are Hive-partitioned by year
-- (participations/year=2024/data_0.parquet): their INTEGER `year` column comes from the folder
-- name, so WHERE year = 2024 reads only that year's files.

CREATE OR REPLACE VIEW councils AS
SELECT council_id, region_code, name
FROM read_parquet('data/export/councils.parquet');
COMMENT ON VIEW councils IS 'Regional craft councils (Dekranasda) of the province, regencies and cities';
COMMENT ON COLUMN councils.council_id IS 'Council id';
COMMENT ON COLUMN councils.region_code IS 'Kemendagri code of the council’s region: 36 for the provincial council, 36.03 for a regency’s [36, 36.03]';
COMMENT ON COLUMN councils.name IS 'Council name, e.g. Dekranasda Kabupaten Tangerang';

CREATE OR REPLACE VIEW enterprises AS
SELECT enterprise_id, region_code, name, craft_category, size_class, owner_gender, founded_year, registered_on
FROM read_parquet('data/export/enterprises.parquet');
COMMENT ON VIEW enterprises IS 'Craft micro, small and medium enterprises (UMKM) registered with a council';
COMMENT ON COLUMN enterprises.enterprise_id IS 'Enterprise id';
COMMENT ON COLUMN enterprises.region_code IS 'Where the enterprise is (regency or district code) [36.03, 36.03.05]';
COMMENT ON COLUMN enterprises.name IS 'Business name';
COMMENT ON COLUMN enterprises.craft_category IS 'Craft category (woven_textile: tenun, plaited: anyaman, pottery: gerabah, metalcraft: logam, golok) [batik, woven_textile, plaited, woodcraft, pottery, metalcraft, leather, accessories, other]';
COMMENT ON COLUMN enterprises.size_class IS 'Size class by PP 7/2021: annual revenue up to Rp2 billion (micro), Rp15 billion (small), Rp50 billion (medium) [micro, small, medium]';
COMMENT ON COLUMN enterprises.owner_gender IS 'Owner’s gender [F, M]';
COMMENT ON COLUMN enterprises.founded_year IS 'Year founded [YYYY]';
COMMENT ON COLUMN enterprises.registered_on IS 'When the council registered it [YYYY-MM-DD]';

CREATE OR REPLACE VIEW artisans AS
SELECT artisan_id, enterprise_id, gender, birth_year, registered_on
FROM read_parquet('data/export/artisans.parquet');
COMMENT ON VIEW artisans IS 'Artisans (no name, NIK or phone: personal data never enters a dataset)';
COMMENT ON COLUMN artisans.artisan_id IS 'Artisan id';
COMMENT ON COLUMN artisans.enterprise_id IS 'The enterprise the artisan works in; the artisan’s region is the enterprise’s';
COMMENT ON COLUMN artisans.gender IS 'Gender [F, M]';
COMMENT ON COLUMN artisans.birth_year IS 'Year of birth (age in year Y = Y − birth_year) [YYYY]';
COMMENT ON COLUMN artisans.registered_on IS 'When the council registered the artisan [YYYY-MM-DD]';

CREATE OR REPLACE VIEW programs AS
SELECT program_id, council_id, name, program_type, craft_category, start_date, end_date, target_region_code, target_participants, budget_idr
FROM read_parquet('data/export/programs.parquet');
COMMENT ON VIEW programs IS 'Councils’ coaching programs (pembinaan)';
COMMENT ON COLUMN programs.program_id IS 'Program id';
COMMENT ON COLUMN programs.council_id IS 'The organising council';
COMMENT ON COLUMN programs.name IS 'Program name';
COMMENT ON COLUMN programs.program_type IS 'Program type [training, mentoring, product_development, design_clinic, marketing, certification, capital_access, digital_onboarding, exhibition]';
COMMENT ON COLUMN programs.craft_category IS 'The craft it is for; NULL: open to every craft';
COMMENT ON COLUMN programs.start_date IS 'First day (included) [YYYY-MM-DD]';
COMMENT ON COLUMN programs.end_date IS 'Last day (included) [YYYY-MM-DD]';
COMMENT ON COLUMN programs.target_region_code IS 'The region it targets';
COMMENT ON COLUMN programs.target_participants IS 'Planned number of participants [orang / people]';
COMMENT ON COLUMN programs.budget_idr IS 'Budget [Rp]';

CREATE OR REPLACE VIEW participations AS
SELECT program_id, artisan_id, enrolled_on, completed, year
FROM read_parquet('data/export/participations/*/*.parquet', hive_partitioning = true, hive_types = {'year': INTEGER});
COMMENT ON VIEW participations IS 'Artisans’ enrolments in programs (partitioned by year)';
COMMENT ON COLUMN participations.program_id IS 'The program';
COMMENT ON COLUMN participations.artisan_id IS 'The artisan';
COMMENT ON COLUMN participations.enrolled_on IS 'Enrolment date [YYYY-MM-DD]';
COMMENT ON COLUMN participations.completed IS 'Whether the artisan completed the program [true, false]';
COMMENT ON COLUMN participations.year IS 'Year of enrolled_on (the Hive partition): a filter on year reads only that year''s files [YYYY]';

CREATE OR REPLACE VIEW products AS
SELECT product_id, enterprise_id, name, craft_category, unit_price_idr, local_material_share, certifications, channels
FROM read_parquet('data/export/products.parquet');
COMMENT ON VIEW products IS 'Enterprises’ products';
COMMENT ON COLUMN products.product_id IS 'Product id';
COMMENT ON COLUMN products.enterprise_id IS 'The enterprise that makes it';
COMMENT ON COLUMN products.name IS 'Product name';
COMMENT ON COLUMN products.craft_category IS 'The product’s craft category, as for enterprises';
COMMENT ON COLUMN products.unit_price_idr IS 'Price of one unit [Rp]';
COMMENT ON COLUMN products.local_material_share IS 'Share of materials sourced locally [0–1]';
COMMENT ON COLUMN products.certifications IS 'Certifications (a value repeated counts once) [sni, halal, trademark, geographical_indication]';
COMMENT ON COLUMN products.channels IS 'Where it sells [local, regional, national, export, ecommerce]';

CREATE OR REPLACE VIEW assessments AS
SELECT product_id, assessed_on, assessor_council_id, design, craftsmanship, material, packaging, market_readiness, year
FROM read_parquet('data/export/assessments/*/*.parquet', hive_partitioning = true, hive_types = {'year': INTEGER});
COMMENT ON VIEW assessments IS 'A council’s scoring of a product (partitioned by year)';
COMMENT ON COLUMN assessments.product_id IS 'The product assessed';
COMMENT ON COLUMN assessments.assessed_on IS 'Assessment date [YYYY-MM-DD]';
COMMENT ON COLUMN assessments.assessor_council_id IS 'The council that assessed it';
COMMENT ON COLUMN assessments.design IS 'Design score, 1 (weak) to 5 (strong) [1–5]';
COMMENT ON COLUMN assessments.craftsmanship IS 'Craftsmanship score, 1 (weak) to 5 (strong) [1–5]';
COMMENT ON COLUMN assessments.material IS 'Material score, 1 (weak) to 5 (strong) [1–5]';
COMMENT ON COLUMN assessments.packaging IS 'Packaging score, 1 (weak) to 5 (strong) [1–5]';
COMMENT ON COLUMN assessments.market_readiness IS 'Market readiness score, 1 (weak) to 5 (strong) [1–5]';
COMMENT ON COLUMN assessments.year IS 'Year of assessed_on (the Hive partition): a filter on year reads only that year''s files [YYYY]';

CREATE OR REPLACE VIEW practices AS
SELECT practice_id, name, practice_category, origin_council_id
FROM read_parquet('data/export/practices.parquet');
COMMENT ON VIEW practices IS 'Good practices (praktik baik) councils can copy';
COMMENT ON COLUMN practices.practice_id IS 'Practice id';
COMMENT ON COLUMN practices.name IS 'What the practice is';
COMMENT ON COLUMN practices.practice_category IS 'Practice category [product_development, design, materials, marketing, institutional]';
COMMENT ON COLUMN practices.origin_council_id IS 'The council where it started';

CREATE OR REPLACE VIEW study_visits AS
SELECT visit_id, visiting_council_id, host_council_id, visit_date, delegation_size, practice_ids
FROM read_parquet('data/export/study_visits.parquet');
COMMENT ON VIEW study_visits IS 'Study visits (studi tiru): one council visits another to learn';
COMMENT ON COLUMN study_visits.visit_id IS 'Visit id';
COMMENT ON COLUMN study_visits.visiting_council_id IS 'The council that travelled';
COMMENT ON COLUMN study_visits.host_council_id IS 'The council visited';
COMMENT ON COLUMN study_visits.visit_date IS 'Date of the visit [YYYY-MM-DD]';
COMMENT ON COLUMN study_visits.delegation_size IS 'People in the delegation [orang / people]';
COMMENT ON COLUMN study_visits.practice_ids IS 'Practices shown during the visit';

CREATE OR REPLACE VIEW adoptions AS
SELECT council_id, practice_id, adopted_on, source_visit_id, stage
FROM read_parquet('data/export/adoptions.parquet');
COMMENT ON VIEW adoptions IS 'A council takes up a practice';
COMMENT ON COLUMN adoptions.council_id IS 'The adopting council';
COMMENT ON COLUMN adoptions.practice_id IS 'The practice';
COMMENT ON COLUMN adoptions.adopted_on IS 'Date the stage was reached [YYYY-MM-DD]';
COMMENT ON COLUMN adoptions.source_visit_id IS 'The study visit it came from; NULL when not from a visit';
COMMENT ON COLUMN adoptions.stage IS 'Adoption stage [planned, piloted, adopted, institutionalized]';

CREATE OR REPLACE VIEW exhibitions AS
SELECT exhibition_id, name, start_date, end_date, region_code, scale, organizer_council_ids
FROM read_parquet('data/export/exhibitions.parquet');
COMMENT ON VIEW exhibitions IS 'Fairs and joint exhibitions (pameran, pameran bersama)';
COMMENT ON COLUMN exhibitions.exhibition_id IS 'Exhibition id';
COMMENT ON COLUMN exhibitions.name IS 'Exhibition name, e.g. Inacraft, Pameran Bersama Banten';
COMMENT ON COLUMN exhibitions.start_date IS 'First day [YYYY-MM-DD]';
COMMENT ON COLUMN exhibitions.end_date IS 'Last day [YYYY-MM-DD]';
COMMENT ON COLUMN exhibitions.region_code IS 'Where it is held';
COMMENT ON COLUMN exhibitions.scale IS 'Scale [local, provincial, national, international]';
COMMENT ON COLUMN exhibitions.organizer_council_ids IS 'Organising councils (two or more: a joint exhibition)';

CREATE OR REPLACE VIEW exhibitors AS
SELECT exhibition_id, enterprise_id, sales_idr, transactions, buyer_leads
FROM read_parquet('data/export/exhibitors.parquet');
COMMENT ON VIEW exhibitors IS 'An enterprise’s results at an exhibition';
COMMENT ON COLUMN exhibitors.exhibition_id IS 'The exhibition';
COMMENT ON COLUMN exhibitors.enterprise_id IS 'The exhibiting enterprise';
COMMENT ON COLUMN exhibitors.sales_idr IS 'Sales during the exhibition [Rp]';
COMMENT ON COLUMN exhibitors.transactions IS 'Number of sales';
COMMENT ON COLUMN exhibitors.buyer_leads IS 'Buyer contacts collected';

CREATE OR REPLACE VIEW outcomes AS
SELECT enterprise_id, year, revenue_idr, employees, units_sold
FROM read_parquet('data/export/outcomes/*/*.parquet', hive_partitioning = true, hive_types = {'year': INTEGER});
COMMENT ON VIEW outcomes IS 'Enterprises’ yearly results (partitioned by year)';
COMMENT ON COLUMN outcomes.enterprise_id IS 'The enterprise';
COMMENT ON COLUMN outcomes.year IS 'Year of the results (also the Hive partition) [YYYY]';
COMMENT ON COLUMN outcomes.revenue_idr IS 'Revenue in the year [Rp]';
COMMENT ON COLUMN outcomes.employees IS 'People employed [orang / people]';
COMMENT ON COLUMN outcomes.units_sold IS 'Units sold in the year';

CREATE OR REPLACE VIEW regions AS
SELECT code, name, level, parent_code
FROM read_parquet('data/export/regions.parquet');
COMMENT ON VIEW regions IS 'The Kemendagri region reference (idn-area-data, ODbL)';
COMMENT ON COLUMN regions.code IS 'Kemendagri code [36, 36.03, 36.03.05]';
COMMENT ON COLUMN regions.name IS 'Official name, e.g. Kabupaten Tangerang';
COMMENT ON COLUMN regions.level IS 'Level: province, regency (kabupaten or kota) or district (kecamatan) [province, regency, district]';
COMMENT ON COLUMN regions.parent_code IS 'The code one level up; NULL for a province';
