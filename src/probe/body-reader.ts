/**
 * Reads as little of a body as the verdict needs: the first chunk (to recognise challenge pages),
 * more only while looking for the expected text, never more than `capBytes`. The stream is then
 * cancelled so the browser stops downloading: an endless body or a gzip bomb ends here.
 */
export interface BodyReadOptions {
  /** Bytes that are enough to recognise a challenge page. */
  headBytes: number;
  capBytes: number;
  expectText?: string;
}

export interface BodyRead {
  bytesRead: number;
  bodyStart: string;
  expectFound?: boolean;
  truncated: boolean;
}

export async function readBody(body: ReadableStream<Uint8Array> | null, options: BodyReadOptions): Promise<BodyRead> {
  const result: BodyRead = { bytesRead: 0, bodyStart: '', truncated: false };
  const needle = options.expectText?.toLowerCase();
  if (needle !== undefined) result.expectFound = false;
  if (!body) return result;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  // Only the tail that could hold the start of the needle is kept between chunks.
  let window = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return result;
      result.bytesRead += value.byteLength;
      const text = decoder.decode(value, { stream: true });
      if (result.bodyStart.length < options.headBytes) result.bodyStart += text.slice(0, options.headBytes - result.bodyStart.length);
      if (needle !== undefined) {
        window += text.toLowerCase();
        if (window.includes(needle)) {
          result.expectFound = true;
          return result;
        }
        window = window.slice(-Math.max(needle.length - 1, 0));
      }
      const enough = needle === undefined && result.bytesRead >= options.headBytes;
      if (enough) return result;
      if (result.bytesRead >= options.capBytes) {
        result.truncated = true;
        return result;
      }
    }
  } finally {
    // Cancelling tells the browser to drop the connection's remaining bytes; errors here are moot.
    reader.cancel().catch(() => undefined);
  }
}
