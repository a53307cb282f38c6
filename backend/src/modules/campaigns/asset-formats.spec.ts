import { ASSET_FORMATS, assetFormatLabel } from '@portal/contracts';
import { ALL_MEDIA_TYPES } from '../../core/storage/media-types';

describe('asset formats', () => {
  // Cards, the format filter and the download buttons name a variant by its format; a media type
  // the upload accepts without a format read as „APPLICATION/VND.OPENXMLFORMATS-…“ and could not be filtered.
  it.each(ALL_MEDIA_TYPES)(
    'every media type an upload may have is a format with a short label: %s',
    (type) => {
      expect(Object.values(ASSET_FORMATS)).toContain(type);
      expect(assetFormatLabel(type)).toMatch(/^[A-Z0-9]{2,4}$/);
    },
  );
});
