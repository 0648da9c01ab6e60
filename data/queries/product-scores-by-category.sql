-- Question: how do the products of each craft category score on their latest assessment
-- (each criterion 1–5), and how many products have never been assessed?
WITH latest AS (
  SELECT *
  FROM assessments
  QUALIFY row_number() OVER (PARTITION BY product_id ORDER BY assessed_on DESC) = 1
)
SELECT
  p.craft_category,
  count(*)::INTEGER AS products,
  count(l.product_id)::INTEGER AS assessed,
  round(avg(l.design), 2) AS design,
  round(avg(l.craftsmanship), 2) AS craftsmanship,
  round(avg(l.material), 2) AS material,
  round(avg(l.packaging), 2) AS packaging,
  round(avg(l.market_readiness), 2) AS market_readiness,
  round(avg(p.local_material_share), 2) AS local_material_share
FROM products p
LEFT JOIN latest l USING (product_id)
GROUP BY p.craft_category
ORDER BY assessed DESC, p.craft_category;
