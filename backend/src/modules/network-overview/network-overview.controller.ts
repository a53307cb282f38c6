import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiPaths,
  NETWORK_OVERVIEW_DEFAULT_WEEKS,
  NETWORK_OVERVIEW_MAX_WEEKS,
  NetworkOverviewDto,
  Permission,
} from '@portal/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Response } from 'express';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { CSV_MEDIA_TYPE } from '../../core/csv/csv-write';
import { contentDisposition } from '../../core/storage/file-name';
import { NetworkOverviewService } from './network-overview.service';

export class NetworkOverviewQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Die Anzahl der Wochen muss eine ganze Zahl sein.' })
  @Min(1, { message: 'Mindestens eine Woche.' })
  @Max(NETWORK_OVERVIEW_MAX_WEEKS, { message: `Höchstens ${NETWORK_OVERVIEW_MAX_WEEKS} Wochen.` })
  weeks: number = NETWORK_OVERVIEW_DEFAULT_WEEKS;
}

/** The coordinators' overview of the network, and each figure as CSV. */
@Controller(ApiPaths.networkOverview)
export class NetworkOverviewController {
  constructor(private readonly overview: NetworkOverviewService) {}

  @Get()
  @RequirePermission(Permission.NetworkOverviewRead)
  get(@Query() query: NetworkOverviewQuery): Promise<NetworkOverviewDto> {
    return this.overview.overview(query.weeks);
  }

  @Get('export/:figure')
  @RequirePermission(Permission.NetworkOverviewRead)
  async export(
    @CurrentUser() user: SessionUser,
    @Param('figure') figure: string,
    @Query() query: NetworkOverviewQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { fileName, body } = await this.overview.csv(user, figure, query.weeks);
    response.setHeader('Content-Type', CSV_MEDIA_TYPE);
    response.setHeader('Content-Disposition', contentDisposition('attachment', fileName));
    response.send(body);
  }
}
