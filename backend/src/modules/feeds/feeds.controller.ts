import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiPaths } from '@portal/contracts';
import { Public } from '../../core/authz/public.decorator';
import { FeedsService } from './feeds.service';

/**
 * Calendar and feed readers cannot sign in: the personal token in the path authenticates.
 * The token never appears in logs (see redactFeedToken in the request logger).
 */
@Controller(ApiPaths.feeds)
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get(':token/termine.ics')
  @Public()
  async calendar(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const body = await this.feeds.calendar(token);
    response
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', 'inline; filename="termine.ics"')
      .send(body);
  }

  @Get(':token/neuigkeiten.atom')
  @Public()
  async news(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const body = await this.feeds.newsFeed(token);
    response.status(200).type('application/atom+xml; charset=utf-8').send(body);
  }
}
