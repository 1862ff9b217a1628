import { LatestOnly } from './latest-only';

describe('LatestOnly', () => {
  it('writes one value at a time, skipping values overtaken while a write runs, and always the last', async () => {
    const written: number[] = [];
    let release: () => void = () => undefined;
    const reporter = new LatestOnly<number>(async (value) => {
      written.push(value);
      if (value === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    reporter.push(1);
    reporter.push(2);
    reporter.push(3);
    expect(written).toEqual([1]);
    release();
    await reporter.settled();
    expect(written).toEqual([1, 3]);
    reporter.push(4);
    await reporter.settled();
    expect(written).toEqual([1, 3, 4]);
  });

  it('throws the first failure from settled() and from the next push', async () => {
    const reporter = new LatestOnly<number>(async (value) => {
      if (value === 2) throw new Error('progress table gone');
    });
    reporter.push(1);
    await reporter.settled();
    reporter.push(2);
    await expect(reporter.settled()).rejects.toThrow('progress table gone');
    expect(() => reporter.push(3)).toThrow('progress table gone');
  });
});
