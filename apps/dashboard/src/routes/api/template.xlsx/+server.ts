import { templateBytes, UnknownCouncil } from '@anyam/cli';
import { answer } from '$lib/server/accounts/answer.js';
import { ApiError } from '$lib/server/api-error.js';
import type { RequestHandler } from './$types';

/** The workbook of `anyam template`: public, it holds no data but the council's own row. */
export const GET: RequestHandler = ({ url }) =>
  answer(async () => {
    const lang = url.searchParams.get('lang') ?? 'id';
    if (lang !== 'id' && lang !== 'en') throw new ApiError(400, 'lang must be id or en.');
    const council = url.searchParams.get('council') || null;
    if (council !== null && !/^[A-Za-z0-9._-]{1,64}$/.test(council))
      throw new ApiError(400, 'council must be a council id such as DKR-36.01.');
    let bytes: Uint8Array;
    try {
      bytes = await templateBytes({ councilId: council, lang });
    } catch (error) {
      if (error instanceof UnknownCouncil) throw new ApiError(400, error.message);
      throw error;
    }
    const name = `anyam-template${council ? `-${council}` : ''}.xlsx`;
    return new Response(bytes as BodyInit, {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-cache',
      },
    });
  });
