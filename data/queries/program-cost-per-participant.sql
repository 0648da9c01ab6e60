-- Question: for the programs that started in the latest year, what does each type of program
-- cost per participant (rupiah), and how many participants completed it?
WITH enrolled AS (
  SELECT program_id, count(*) AS participants, count(*) FILTER (WHERE completed) AS completed
  FROM participations
  GROUP BY program_id
)
SELECT
  pg.program_type,
  count(*)::INTEGER AS programs,
  sum(pg.budget_idr)::DOUBLE AS budget_idr,
  sum(coalesce(e.participants, 0))::INTEGER AS participants,
  round(sum(pg.budget_idr) / nullif(sum(e.participants), 0))::DOUBLE AS budget_per_participant_idr,
  round(sum(e.completed) / nullif(sum(e.participants), 0), 3)::DOUBLE AS completion_rate
FROM programs pg
LEFT JOIN enrolled e USING (program_id)
WHERE year(pg.start_date) = (SELECT max(year(start_date)) FROM programs)
GROUP BY pg.program_type
ORDER BY budget_per_participant_idr DESC NULLS LAST, pg.program_type;
