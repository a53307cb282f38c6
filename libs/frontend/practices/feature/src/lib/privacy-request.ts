import {
  KeyFigureDto,
  PRACTICE_TEXT_FIELDS,
  PracticeContactDto,
  PracticeImageDto,
  PracticeAttachmentDto,
  PracticeTextField,
  PrivacyCheckRequest,
} from '@portal/contracts';

/** What the privacy guard reads: the text fields, key figures, contact, alt texts and file names. */
export function privacyRequest(
  content: Record<PracticeTextField, string> & { keyFigures: KeyFigureDto[]; contact: PracticeContactDto },
  files?: { images: PracticeImageDto[]; attachments: PracticeAttachmentDto[] } | null,
): PrivacyCheckRequest {
  const request: PrivacyCheckRequest = {
    keyFigures: content.keyFigures,
    contact: content.contact,
    imageAltTexts: files?.images.map((image) => image.altText) ?? [],
    attachmentNames: files?.attachments.map((attachment) => attachment.name) ?? [],
  };
  for (const field of Object.keys(PRACTICE_TEXT_FIELDS) as PracticeTextField[])
    request[field] = content[field];
  return request;
}
