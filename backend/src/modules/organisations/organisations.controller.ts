import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiPaths,
  OrganisationListDto,
  OrganisationMemberDto,
  OrganisationProfileDto,
  OrganisationStateCountDto,
  Permission,
} from '@portal/contracts';
import type { Request, Response } from 'express';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { ListOrganisationsQuery } from './dto/list-organisations.query';
import { UpdateOrganisationBody } from './dto/organisation.bodies';
import { OrganisationLogoService } from './organisation-logo.service';
import { OrganisationsService } from './organisations.service';

export const organisationUuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diese Organisation gibt es nicht.'),
});

/** The directory: list, Länder overview, profiles; profile upkeep by the organisation itself. */
@Controller(ApiPaths.organisations)
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly logos: OrganisationLogoService,
  ) {}

  @Get()
  @RequirePermission(Permission.OrganisationsRead)
  list(@Query() query: ListOrganisationsQuery): Promise<OrganisationListDto> {
    return this.organisations.list(query);
  }

  @Get('states')
  @RequirePermission(Permission.OrganisationsRead)
  states(): Promise<OrganisationStateCountDto[]> {
    return this.organisations.stateCounts();
  }

  @Get(':id')
  @RequirePermission(Permission.OrganisationsRead)
  get(
    @CurrentUser() user: SessionUser,
    @Param('id', organisationUuid) id: string,
  ): Promise<OrganisationProfileDto> {
    return this.organisations.get(user, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.OrganisationsEdit)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', organisationUuid) id: string,
    @Body() body: UpdateOrganisationBody,
  ): Promise<OrganisationProfileDto> {
    return this.organisations.update(user, id, body);
  }

  @Get(':id/members')
  @RequirePermission(Permission.OrganisationsEdit)
  members(
    @CurrentUser() user: SessionUser,
    @Param('id', organisationUuid) id: string,
  ): Promise<OrganisationMemberDto[]> {
    return this.organisations.members(user, id);
  }

  @Get(':id/logo')
  @RequirePermission(Permission.OrganisationsRead)
  logo(
    @CurrentUser() user: SessionUser,
    @Param('id', organisationUuid) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.logos.send(user, id, request, response);
  }

  /** Multipart `file`: PNG, JPEG or SVG (the campaign kit uses the same logo). */
  @Put(':id/logo')
  @HttpCode(204)
  @RequirePermission(Permission.OrganisationsEdit)
  setLogo(
    @CurrentUser() user: SessionUser,
    @Param('id', organisationUuid) id: string,
    @Req() request: Request,
  ): Promise<void> {
    return this.logos.set(user, id, request);
  }

  @Delete(':id/logo')
  @HttpCode(204)
  @RequirePermission(Permission.OrganisationsEdit)
  removeLogo(@CurrentUser() user: SessionUser, @Param('id', organisationUuid) id: string): Promise<void> {
    return this.logos.remove(user, id);
  }
}
