import type { RequestEvent } from '@sveltejs/kit';
import { ApiError } from '../api-error.js';
import { requireRole, requireSameOrigin } from './require-role.js';
import { getState } from './state.js';
import { submissionDir } from './submissions.js';

/** The note of a return: `{"note": "..."}`, at most 2,000 characters; accept needs none. */
async function readNote(request: Request): Promise<string | null> {
  const text = await request.text();
  if (text.trim() === '') return null;
  if (text.length > 20_000) throw new ApiError(413, 'The note is too long.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'Send the note as JSON: {"note": "..."}.');
  }
  const note = (body as { note?: unknown } | null)?.note;
  if (note === undefined || note === null) return null;
  if (typeof note !== 'string') throw new ApiError(400, 'The note must be text.');
  if (note.length > 2000) throw new ApiError(400, 'The note is longer than 2,000 characters.');
  return note.trim() === '' ? null : note.trim();
}

/** POST /api/submissions/ID/accept and /return (admin): the decision, with its audit entry. */
export async function decide(event: RequestEvent, status: 'accepted' | 'returned') {
  requireSameOrigin(event);
  const admin = requireRole(event, 'admin');
  const id = event.params.id ?? '';
  submissionDir(id);
  const note = await readNote(event.request);
  if (status === 'returned' && note === null)
    throw new ApiError(400, 'Say in the note what the steward should fix.');
  const decided = await getState().decideSubmission(
    id,
    { status, note, by: admin.username },
    { user: admin.username, action: status === 'accepted' ? 'accept' : 'return', detail: id },
  );
  if (!decided) throw new ApiError(404, 'There is no such submission.');
  return decided;
}
