/**
 * How many products of each child region `/api/products/pci` answers with at most: a region with
 * more is answered by a quantile sample of this size (its lowest and highest PCI included) and
 * its count in `totals`. Jawa Timur's regencies hold ~76,000 products and the whole country a
 * million, far more than a strip plot can draw or an answer should carry; 400 dots still show a
 * region's spread to a quarter of a percentile.
 */
export const productSample = 400;
