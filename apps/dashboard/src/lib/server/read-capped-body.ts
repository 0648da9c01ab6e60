/**
 * A request body read with a byte cap, shared by every route that reads one itself (the SQL
 * console, submissions). A body without a Content-Length (chunked) is read only up to the cap
 * and then refused, so it never fills the server's memory.
 */

/**
 * Bytes of an over-long body read and dropped before the 413: a client still sending when the
 * server closes the request's stream gets a connection reset instead of the answer. More than
 * the server's BODY_SIZE_LIMIT (21M by default, which ends the stream itself), so the client
 * always reads its 413; nothing dropped is kept.
 */
const drainBytes = 64 * 2 ** 20;

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let dropped = 0;
  try {
    while (dropped <= drainBytes) {
      const next = await reader.read();
      if (next.done) return;
      dropped += next.value.byteLength;
    }
  } catch {
    return;
  }
  await reader.cancel().catch(() => undefined);
}

/**
 * The body's bytes, or `tooLarge()` thrown once it passes `cap` (declared or read); `unreadable()`
 * when the stream fails for another reason.
 *
 *     await readCappedBytes(request, 64 * 1024, tooLarge, unreadable) // Uint8Array of the body
 */
export async function readCappedBytes(
  request: Request,
  cap: number,
  tooLarge: () => Error,
  unreadable: () => Error,
): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > cap) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch (error) {
      // adapter-node ends a body over BODY_SIZE_LIMIT with a 413 error of its own.
      if ((error as { status?: number })?.status === 413) throw tooLarge();
      throw unreadable();
    }
    if (next.done) break;
    size += next.value.byteLength;
    if (size > cap) {
      await drain(reader);
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
