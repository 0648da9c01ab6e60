import { answer } from '$lib/server/accounts/answer.js';
import { requireRole } from '$lib/server/accounts/require-role.js';
import { rejectsCsv, visibleSubmission } from '$lib/server/accounts/submissions.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
  answer(async () => {
    const account = requireRole(event, 'steward', 'admin');
    const submission = await visibleSubmission(event.params.id, account);
    return new Response(await rejectsCsv(submission), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="rejects-${submission.id}.csv"`,
        'cache-control': 'no-store',
      },
    });
  });
