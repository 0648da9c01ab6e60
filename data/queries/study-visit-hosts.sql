-- Question: which councils host the most study visits (studi tiru), for how many different
-- visiting councils and delegates, and how many distinct good practices did they show?
SELECT
  h.council_id,
  h.name AS host_council,
  count(*)::INTEGER AS visits_hosted,
  count(DISTINCT v.visiting_council_id)::INTEGER AS visiting_councils,
  sum(v.delegation_size)::INTEGER AS delegates,
  len(list_distinct(flatten(list(v.practice_ids))))::INTEGER AS practices_shown,
  min(v.visit_date) AS first_visit,
  max(v.visit_date) AS last_visit
FROM study_visits v
JOIN councils h ON h.council_id = v.host_council_id
GROUP BY h.council_id, h.name
ORDER BY visits_hosted DESC, h.council_id;
