/** The system paths tried after `$CHROMIUM`, in order. */
export declare const systemBrowsers: readonly string[];
/** Playwright's downloaded Chromium builds under `home`, newest first. */
export declare function playwrightBrowsers(
  home?: string,
  list?: (path: string) => string[],
): string[];
/** `$CHROMIUM`, else the first system or Playwright Chromium that exists, else `null`. */
export declare function findBrowser(options?: {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  home?: string;
  list?: (path: string) => string[];
}): string | null;
