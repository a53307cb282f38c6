import type { PipeTransform } from '@nestjs/common';
import type { FilePreviewSize } from '@portal/contracts';
import { DomainError, ErrorCode } from '../../http/domain-error';

/** The `:size` of a preview route: „thumb“ or „large“, anything else is a 404. */
export const previewSizePipe: PipeTransform<string, FilePreviewSize> = {
  transform(value: string): FilePreviewSize {
    if (value === 'thumb' || value === 'large') return value;
    throw new DomainError(ErrorCode.NotFound, 'Diese Vorschaugröße gibt es nicht.');
  },
};
