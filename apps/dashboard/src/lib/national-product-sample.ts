/**
 * How many products of each province `/api/products/pci?region=ID` answers with (a quantile
 * sample of its products, with its count in `totals`): the whole country has a million, far
 * more than a strip plot can draw or an answer should carry.
 */
export const nationalProductSample = 300;
