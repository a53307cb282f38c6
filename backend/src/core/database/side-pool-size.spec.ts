import { sidePoolSize } from './side-pool-size';

describe('sidePoolSize', () => {
  it('is half the main pool, rounded up, and never below 2', () => {
    expect([1, 2, 4, 10, 11, 40].map(sidePoolSize)).toEqual([2, 2, 2, 5, 6, 20]);
  });
});
