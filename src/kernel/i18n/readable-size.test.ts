import { describe, expect, it } from 'vitest';
import { readableSize } from './readable-size.js';

describe('readableSize', () => {
  it('names whole and fractional megabytes, kilobytes and bytes', () => {
    expect(readableSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(readableSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(readableSize(512 * 1024)).toBe('512 KB');
    expect(readableSize(300)).toBe('300 B');
  });
});
