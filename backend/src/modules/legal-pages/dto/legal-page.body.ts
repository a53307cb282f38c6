import {
  ACCESSIBILITY_FEEDBACK_MAX_LENGTH,
  AccessibilityFeedbackRequest,
  LEGAL_PAGE_MAX_LENGTH,
  MarkdownPreviewRequest,
  UpdateLegalPageRequest,
} from '@portal/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UpdateLegalPageBody implements UpdateLegalPageRequest {
  @IsString({ message: 'Bitte einen Text angeben.' })
  @Length(1, LEGAL_PAGE_MAX_LENGTH, { message: `Der Text hat 1 bis ${LEGAL_PAGE_MAX_LENGTH} Zeichen.` })
  body!: string;

  @IsInt({ message: 'Die Fassung fehlt.' })
  @Min(0)
  version!: number;
}

export class LegalPagePreviewBody implements MarkdownPreviewRequest {
  @IsString()
  @MaxLength(LEGAL_PAGE_MAX_LENGTH)
  body!: string;
}

export class AccessibilityFeedbackBody implements AccessibilityFeedbackRequest {
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Bitte die Seite als Text angeben.' })
  @MaxLength(300, { message: 'Die Angabe der Seite hat höchstens 300 Zeichen.' })
  page?: string;

  @Transform(trim)
  @IsString({ message: 'Bitte beschreiben Sie die Barriere.' })
  @Length(10, ACCESSIBILITY_FEEDBACK_MAX_LENGTH, {
    message: `Bitte beschreiben Sie die Barriere in 10 bis ${ACCESSIBILITY_FEEDBACK_MAX_LENGTH} Zeichen.`,
  })
  message!: string;

  @IsBoolean({ message: 'Bitte angeben, ob Sie eine Antwort möchten.' })
  wantsReply!: boolean;
}
