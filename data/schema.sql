-- Anyam: one view per table of a dataset, for DuckDB's own command line.
-- From the repository root:   duckdb -init data/schema.sql
-- (or, inside duckdb:         .read data/schema.sql)
-- The paths are relative to the folder duckdb was started in and point at data/export, the
-- default dataset folder; for another dataset, replace 'data/export/' below. The columns and
-- their order are those of openDataset() in @anyam/duckdb, so the queries in data/queries/ run
-- the same here, in `anyam query` and on the dashboard's SQL page. data/README.md describes
-- every column.
--
-- participations, assessments and outcomes are Hive-partitioned by year
-- (participations/year=2024/data_0.parquet): their INTEGER `year` column comes from the folder
-- name, so WHERE year = 2024 reads only that year's files.

CREATE OR REPLACE VIEW councils AS
SELECT council_id, region_code, name
FROM read_parquet('data/export/councils.parquet');

CREATE OR REPLACE VIEW enterprises AS
SELECT enterprise_id, region_code, name, craft_category, size_class, owner_gender, founded_year, registered_on
FROM read_parquet('data/export/enterprises.parquet');

CREATE OR REPLACE VIEW artisans AS
SELECT artisan_id, enterprise_id, gender, birth_year, registered_on
FROM read_parquet('data/export/artisans.parquet');

CREATE OR REPLACE VIEW programs AS
SELECT program_id, council_id, name, program_type, craft_category, start_date, end_date, target_region_code, target_participants, budget_idr
FROM read_parquet('data/export/programs.parquet');

CREATE OR REPLACE VIEW participations AS
SELECT program_id, artisan_id, enrolled_on, completed, year
FROM read_parquet('data/export/participations/*/*.parquet', hive_partitioning = true, hive_types = {'year': INTEGER});

CREATE OR REPLACE VIEW products AS
SELECT product_id, enterprise_id, name, craft_category, unit_price_idr, local_material_share, certifications, channels
FROM read_parquet('data/export/products.parquet');

CREATE OR REPLACE VIEW assessments AS
SELECT product_id, assessed_on, assessor_council_id, design, craftsmanship, material, packaging, market_readiness, year
FROM read_parquet('data/export/assessments/*/*.parquet', hive_partitioning = true, hive_types = {'year': INTEGER});

CREATE OR REPLACE VIEW practices AS
SELECT practice_id, name, practice_category, origin_council_id
FROM read_parquet('data/export/practices.parquet');

CREATE OR REPLACE VIEW study_visits AS
SELECT visit_id, visiting_council_id, host_council_id, visit_date, delegation_size, practice_ids
FROM read_parquet('data/export/study_visits.parquet');

CREATE OR REPLACE VIEW adoptions AS
SELECT council_id, practice_id, adopted_on, source_visit_id, stage
FROM read_parquet('data/export/adoptions.parquet');

CREATE OR REPLACE VIEW exhibitions AS
SELECT exhibition_id, name, start_date, end_date, region_code, scale, organizer_council_ids
FROM read_parquet('data/export/exhibitions.parquet');

CREATE OR REPLACE VIEW exhibitors AS
SELECT exhibition_id, enterprise_id, sales_idr, transactions, buyer_leads
FROM read_parquet('data/export/exhibitors.parquet');

CREATE OR REPLACE VIEW outcomes AS
SELECT enterprise_id, year, revenue_idr, employees, units_sold
FROM read_parquet('data/export/outcomes/*/*.parquet', hive_partitioning = true, hive_types = {'year': INTEGER});

CREATE OR REPLACE VIEW regions AS
SELECT code, name, level, parent_code
FROM read_parquet('data/export/regions.parquet');
