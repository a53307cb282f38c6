import { Body, Controller, Delete, Get, Param, Post, Put, Req, Res, HttpCode } from '@nestjs/common';
import {
  ApiPaths,
  FilePreviewSize,
  Permission,
  PracticeAdoptionsDto,
  PracticeFilesViewDto,
  PracticeHelpfulDto,
  PracticeRecommendationsDto,
  PracticeVersionListDto,
  SimilarPracticesDto,
} from '@portal/contracts';
import type { Request, Response } from 'express';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { previewSizePipe } from '../../core/storage/processing/preview-size.pipe';
import { AdoptPracticeBody } from './dto/practice.body';
import { PracticeEngagementService } from './practice-engagement.service';
import { PracticeFilesService } from './practice-files.service';
import { practiceId } from './practices.controller';

/** Around an entry: follow, „Hilfreich“, adoptions, history, recommendations, similar, files. */
@Controller(ApiPaths.practices)
export class PracticeEngagementController {
  constructor(
    private readonly engagement: PracticeEngagementService,
    private readonly files: PracticeFilesService,
  ) {}

  /** „Jobcenter wie unseres“ for the user's organisation. */
  @Get('recommendations')
  @RequirePermission(Permission.PracticesRead)
  recommendations(@CurrentUser() user: SessionUser): Promise<PracticeRecommendationsDto> {
    return this.engagement.recommendations(user);
  }

  @Get(':id/similar')
  @RequirePermission(Permission.PracticesRead)
  similar(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
  ): Promise<SimilarPracticesDto> {
    return this.engagement.similar(user, id);
  }

  @Get(':id/versions')
  @RequirePermission(Permission.PracticesRead)
  versions(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
  ): Promise<PracticeVersionListDto> {
    return this.engagement.versions(user, id);
  }

  @Put(':id/follow')
  @RequirePermission(Permission.PracticesRead)
  follow(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
  ): Promise<{ following: boolean }> {
    return this.engagement.follow(user, id, true);
  }

  @Delete(':id/follow')
  @RequirePermission(Permission.PracticesRead)
  unfollow(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
  ): Promise<{ following: boolean }> {
    return this.engagement.follow(user, id, false);
  }

  @Put(':id/helpful')
  @RequirePermission(Permission.PracticesRead)
  helpful(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
  ): Promise<PracticeHelpfulDto> {
    return this.engagement.helpful(user, id, true);
  }

  @Delete(':id/helpful')
  @RequirePermission(Permission.PracticesRead)
  unhelpful(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
  ): Promise<PracticeHelpfulDto> {
    return this.engagement.helpful(user, id, false);
  }

  @Get(':id/adoptions')
  @RequirePermission(Permission.PracticesRead)
  adoptions(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
  ): Promise<PracticeAdoptionsDto> {
    return this.engagement.adoptions(user, id);
  }

  /** „Wir setzen das auch um“ (idempotent; a second call updates the note). */
  @Put(':id/adoptions/mine')
  @RequirePermission(Permission.PracticesAdopt)
  adopt(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Body() body: AdoptPracticeBody,
  ): Promise<PracticeAdoptionsDto> {
    return this.engagement.adopt(user, id, body);
  }

  @Delete(':id/adoptions/mine')
  @RequirePermission(Permission.PracticesAdopt)
  unadopt(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
  ): Promise<PracticeAdoptionsDto> {
    return this.engagement.unadopt(user, id);
  }

  @Post(':id/images')
  @RequirePermission(Permission.PracticesWrite)
  addImage(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Req() request: Request,
  ): Promise<PracticeFilesViewDto> {
    return this.files.add(user, id, 'image', request);
  }

  @Post(':id/attachments')
  @RequirePermission(Permission.PracticesWrite)
  addAttachment(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Req() request: Request,
  ): Promise<PracticeFilesViewDto> {
    return this.files.add(user, id, 'attachment', request);
  }

  @Delete(':id/files/:fileId')
  @HttpCode(204)
  @RequirePermission(Permission.PracticesWrite)
  removeFile(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Param('fileId', practiceId) fileId: string,
  ): Promise<void> {
    return this.files.remove(user, id, fileId);
  }

  @Get(':id/files/:fileId')
  @RequirePermission(Permission.PracticesRead)
  download(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Param('fileId', practiceId) fileId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.files.download(user, id, fileId, request, response);
  }

  @Get(':id/files/:fileId/preview/:size')
  @RequirePermission(Permission.PracticesRead)
  preview(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Param('fileId', practiceId) fileId: string,
    @Param('size', previewSizePipe) size: FilePreviewSize,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.files.preview(user, id, fileId, size, request, response);
  }
}
