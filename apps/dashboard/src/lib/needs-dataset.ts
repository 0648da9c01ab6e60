/**
 * Whether a page shows the dataset's figures, so that without a dataset it is the 503 sentence.
 * The accounts pages are not: before the first publication the admin must still sign in on
 * /login and publish on /admin, and a steward send the council's data on /submit.
 *
 *     pageNeedsDataset('/reach') // true
 *     pageNeedsDataset('/admin') // false
 */
export function pageNeedsDataset(pathname: string): boolean {
  return !accountsPages.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

const accountsPages = ['/login', '/admin', '/submit'] as const;
