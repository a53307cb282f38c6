import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  AccessibilityFeedbackListDto,
  ApiPaths,
  LegalPageDto,
  MarkdownPreviewDto,
  Permission,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { Public } from '../../core/authz/public.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { KeysetPageParams } from '../../core/http/keyset-page.query';
import { renderMarkdown } from '../../core/markdown/render-markdown';
import { AccessibilityFeedbackService } from './accessibility-feedback.service';
import { AccessibilityFeedbackBody, LegalPagePreviewBody, UpdateLegalPageBody } from './dto/legal-page.body';
import { LegalPagesService } from './legal-pages.service';

@Controller(ApiPaths.legalPages)
export class LegalPagesController {
  constructor(private readonly pages: LegalPagesService) {}

  /** Server-rendered preview for the editor (the same rendering readers get). */
  @Post('preview')
  @HttpCode(200)
  @RequirePermission(Permission.LegalPagesEdit)
  preview(@Body() body: LegalPagePreviewBody): MarkdownPreviewDto {
    return { bodyHtml: renderMarkdown(body.body) };
  }

  /**
   * Public on purpose: Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit must be
   * readable before signing in (they are linked from every page, the landing page included).
   * Read-only, no personal data, a closed list of three slugs.
   */
  @Public()
  @Get(':slug')
  get(@Param('slug') slug: string): Promise<LegalPageDto> {
    return this.pages.get(slug);
  }

  @Put(':slug')
  @RequirePermission(Permission.LegalPagesEdit)
  update(
    @CurrentUser() user: SessionUser,
    @Param('slug') slug: string,
    @Body() body: UpdateLegalPageBody,
  ): Promise<LegalPageDto> {
    return this.pages.update(user, slug, body.body, body.version);
  }
}

@Controller(ApiPaths.accessibilityFeedback)
export class AccessibilityFeedbackController {
  constructor(private readonly feedback: AccessibilityFeedbackService) {}

  @Post()
  @RequirePermission(Permission.ProfileRead)
  send(@CurrentUser() user: SessionUser, @Body() body: AccessibilityFeedbackBody): Promise<{ id: string }> {
    return this.feedback.send(user, body);
  }

  @Get()
  @RequirePermission(Permission.AccessibilityFeedbackRead)
  list(@Query() query: KeysetPageParams): Promise<AccessibilityFeedbackListDto> {
    return this.feedback.list(query.cursor, query.limit);
  }
}
