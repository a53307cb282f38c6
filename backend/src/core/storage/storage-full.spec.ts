import { isStorageFull, StorageFull, storageWriteError, StorageUnavailable } from './file-storage';

describe('storage full', () => {
  it('maps ENOSPC, quota and S3 "storage full" errors to a 507, others to 503', () => {
    for (const error of [
      Object.assign(new Error('no space'), { code: 'ENOSPC' }),
      Object.assign(new Error('quota'), { code: 'EDQUOT' }),
      Object.assign(new Error('minio'), { name: 'XMinioStorageFull' }),
      Object.assign(new Error('s3'), { $metadata: { httpStatusCode: 507 } }),
    ]) {
      expect(isStorageFull(error)).toBe(true);
      const mapped = storageWriteError(error);
      expect(mapped).toBeInstanceOf(StorageFull);
      expect(mapped.status).toBe(507);
    }
    const other = storageWriteError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
    expect(other).toBeInstanceOf(StorageUnavailable);
    expect(other.status).toBe(503);
  });
});
