-- Question: which craft categories earn the most in the latest year with outcomes: their
-- enterprises' total and median revenue (rupiah), and the people they employ?
SELECT
  e.craft_category,
  count(*)::INTEGER AS enterprises,
  sum(o.revenue_idr)::DOUBLE AS revenue_idr,
  median(o.revenue_idr)::DOUBLE AS median_revenue_idr,
  sum(o.employees)::INTEGER AS employees,
  sum(o.units_sold)::INTEGER AS units_sold
FROM outcomes o
JOIN enterprises e USING (enterprise_id)
WHERE o.year = (SELECT max(year) FROM outcomes)
GROUP BY e.craft_category
ORDER BY revenue_idr DESC;
