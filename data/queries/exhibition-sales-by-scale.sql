-- Question: how much do enterprises sell at exhibitions (pameran) of each scale, per exhibitor,
-- and do joint exhibitions (pameran bersama, organised by several councils) do better?
SELECT
  x.scale,
  len(list_distinct(x.organizer_council_ids)) > 1 AS joint,
  count(DISTINCT x.exhibition_id)::INTEGER AS exhibitions,
  count(*)::INTEGER AS exhibitors,
  sum(s.sales_idr)::DOUBLE AS sales_idr,
  round(avg(s.sales_idr))::DOUBLE AS sales_per_exhibitor_idr,
  sum(s.transactions)::INTEGER AS transactions,
  sum(s.buyer_leads)::INTEGER AS buyer_leads
FROM exhibitors s
JOIN exhibitions x USING (exhibition_id)
GROUP BY x.scale, joint
ORDER BY list_position(['local', 'provincial', 'national', 'international'], x.scale), joint;
