/** An API answer other than 200: its status and one sentence for the person who sent it. */
export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/**
 * A 400 for a `year` the dataset has no data for, with the years it has, so that a page can say
 * the same sentence in its own language.
 */
export class YearWithoutData extends ApiError {
  readonly year: number;
  readonly first: number;
  readonly last: number;
  constructor(year: number, first: number, last: number) {
    super(
      400,
      `No data for ${year}: the dataset covers ${first === last ? first : `${first}-${last}`}.`,
    );
    this.name = 'YearWithoutData';
    this.year = year;
    this.first = first;
    this.last = last;
  }
}

/**
 * The CLI's option messages name flags (`--year`); over HTTP they are query parameters.
 *
 *     asParameterMessage('--year must be a whole year') // 'year must be a whole year'
 */
export function asParameterMessage(message: string): string {
  return message.replace(/--([a-z]+)/g, '$1');
}
