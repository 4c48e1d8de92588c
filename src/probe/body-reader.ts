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
  const source = openReader(body);
  const decoder = new TextDecoder();
  // Only the tail that could hold the start of the needle is kept between chunks.
  let window = '';
  try {
    for (;;) {
      // Never ask for more than the verdict still needs, so bytesRead and the cap are exact.
      const want = needle === undefined ? Math.max(options.headBytes - result.bytesRead, 1) : options.capBytes - result.bytesRead;
      const { done, value } = await source.read(Math.min(want, CHUNK_BYTES));
      if (done || !value) return result;
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
    source.cancel();
  }
}

/** Largest single read: a stream may hold megabytes already received (loopback, fast links). */
const CHUNK_BYTES = 16 * 1024;

interface SizedReader {
  read(max: number): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): void;
}

/**
 * A BYOB reader reads at most what is asked for; fetch bodies are byte streams in current Chromium,
 * Firefox and Node. Otherwise a default reader returns whatever has arrived, cut to `max` here.
 */
function openReader(body: ReadableStream<Uint8Array>): SizedReader {
  let byob: ReadableStreamBYOBReader | undefined;
  try {
    byob = body.getReader({ mode: 'byob' });
  } catch {
    byob = undefined;
  }
  if (byob) {
    const reader = byob;
    return {
      read: async (max) => {
        const { done, value } = await reader.read(new Uint8Array(max));
        return value ? { done, value } : { done };
      },
      cancel: () => void reader.cancel().catch(() => undefined),
    };
  }
  const reader = body.getReader();
  let rest: Uint8Array | undefined;
  return {
    read: async (max) => {
      if (!rest?.byteLength) {
        const { done, value } = await reader.read();
        if (done || !value) return { done: true };
        rest = value;
      }
      const value = rest.subarray(0, max);
      rest = rest.subarray(value.byteLength);
      return { done: false, value };
    },
    cancel: () => void reader.cancel().catch(() => undefined),
  };
}
