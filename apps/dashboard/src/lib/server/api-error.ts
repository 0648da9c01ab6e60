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
 * The CLI's option messages name flags (`--year`); over HTTP they are query parameters.
 *
 *     asParameterMessage('--year must be a whole year') // 'year must be a whole year'
 */
export function asParameterMessage(message: string): string {
  return message.replace(/--([a-z]+)/g, '$1');
}
