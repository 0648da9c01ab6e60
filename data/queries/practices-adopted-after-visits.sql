-- Question: which good practices (praktik baik) travelled through study visits: for each
-- practice, how many councils adopted it after a visit, how many days that took (median), and
-- how far the adoptions got (adopted or institutionalized, not only planned or piloted)?
SELECT
  pr.practice_id,
  pr.name AS practice,
  pr.practice_category,
  origin.name AS origin_council,
  count(DISTINCT a.council_id)::INTEGER AS adopting_councils,
  median(a.adopted_on - v.visit_date)::DOUBLE AS median_days_visit_to_adoption,
  (count(*) FILTER (WHERE a.stage IN ('adopted', 'institutionalized')))::INTEGER AS adopted_or_institutionalized
FROM adoptions a
JOIN study_visits v ON v.visit_id = a.source_visit_id
JOIN practices pr ON pr.practice_id = a.practice_id
LEFT JOIN councils origin ON origin.council_id = pr.origin_council_id
WHERE a.adopted_on >= v.visit_date
GROUP BY pr.practice_id, pr.name, pr.practice_category, origin.name
ORDER BY adopting_councils DESC, pr.practice_id;
