-- Question: in the latest year with participations, how many registered artisans of each
-- regency/city did the councils' programs reach, and what share of them is that?
-- (A quick look; `anyam metrics reach --by region` gives the exact Reach metric of metrics.md.)
WITH latest AS (
  SELECT max(year) AS year FROM participations
),
artisan_regency AS (
  SELECT a.artisan_id, a.registered_on, r.code AS regency_code, r.name AS regency
  FROM artisans a
  JOIN enterprises e USING (enterprise_id)
  JOIN regions r
    ON r.level = 'regency' AND (e.region_code = r.code OR starts_with(e.region_code, r.code || '.'))
  WHERE a.registered_on <= make_date((SELECT year FROM latest), 12, 31)
),
reached AS (
  SELECT DISTINCT artisan_id FROM participations WHERE year = (SELECT year FROM latest)
)
SELECT
  (SELECT year FROM latest) AS year,
  regency_code,
  regency,
  count(*)::INTEGER AS registered_artisans,
  count(reached.artisan_id)::INTEGER AS reached_artisans,
  round(count(reached.artisan_id) / count(*), 3) AS share_reached
FROM artisan_regency
LEFT JOIN reached USING (artisan_id)
GROUP BY regency_code, regency
ORDER BY reached_artisans DESC, regency_code;
