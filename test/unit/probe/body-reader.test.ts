import { describe, expect, it } from 'vitest';
import { readBody } from '../../../src/probe/body-reader';

/** A plain (non-byte) stream that hands out big chunks, as some browsers' bodies do; endless if asked. */
function chunky(chunks: string[], endless = false): ReadableStream<Uint8Array> & { cancelled: boolean } {
  const encoder = new TextEncoder();
  let i = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (endless) controller.enqueue(encoder.encode(chunks[0]));
      else if (i < chunks.length) controller.enqueue(encoder.encode(chunks[i++]));
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  const state = Object.assign(stream, { cancelled: false });
  return state;
}

describe('readBody', () => {
  it('reads no more than the head even when the stream hands out a megabyte at once', async () => {
    const body = chunky(['a'.repeat(1_000_000)], true);
    const read = await readBody(body, { headBytes: 16_384, capBytes: 512 * 1024 });
    expect(read).toMatchObject({ bytesRead: 16_384, truncated: false });
    expect(read.bodyStart).toHaveLength(16_384);
    await new Promise((resolve) => setTimeout(resolve)); // the cancel reaches the source a moment later
    expect(body.cancelled).toBe(true);
  });

  it('finds expected text split across chunks, case-insensitively', async () => {
    const read = await readBody(chunky(['<h1>Europe', 'an PARLIA', 'ment</h1>', 'x'.repeat(10_000)]), { headBytes: 4, capBytes: 1000, expectText: 'parliament' });
    expect(read.expectFound).toBe(true);
    expect(read.bytesRead).toBeLessThan(100);
  });

  it('stops at the cap, exactly, when the text never comes', async () => {
    const read = await readBody(chunky(Array.from({ length: 100 }, () => 'y'.repeat(10_000))), { headBytes: 16, capBytes: 50_000, expectText: 'nope' });
    expect(read).toMatchObject({ bytesRead: 50_000, truncated: true, expectFound: false });
  });

  it('an empty body is read to its end', async () => {
    expect(await readBody(chunky([]), { headBytes: 16, capBytes: 100 })).toMatchObject({ bytesRead: 0, bodyStart: '' });
    expect(await readBody(null, { headBytes: 16, capBytes: 100, expectText: 'x' })).toMatchObject({ bytesRead: 0, expectFound: false });
  });
});
