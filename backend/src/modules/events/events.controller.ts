import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiPaths, EventDto, EventListDto, Permission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { CancelEventBody, CreateEventBody, UpdateEventBody } from './dto/event.body';
import { EventListQueryParams } from './dto/event-list.query';
import { EventsService } from './events.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diesen Termin gibt es nicht.'),
});

@Controller(ApiPaths.events)
export class EventsController {
  constructor(private readonly events: EventsService) {}

  /** `from`/`to` for the month view, otherwise the upcoming list with `cursor`/`limit`. */
  @Get()
  @RequirePermission(Permission.EventsRead)
  list(@CurrentUser() user: SessionUser, @Query() query: EventListQueryParams): Promise<EventListDto> {
    return this.events.list(user, query);
  }

  @Get(':id')
  @RequirePermission(Permission.EventsRead)
  get(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<EventDto> {
    return this.events.get(user, id);
  }

  @Get(':id/ics')
  @RequirePermission(Permission.EventsRead)
  async ics(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { body, filename } = await this.events.ics(user, id);
    response
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
      .send(body);
  }

  @Post()
  @RequirePermission(Permission.EventsWrite)
  create(@CurrentUser() user: SessionUser, @Body() body: CreateEventBody): Promise<EventDto> {
    return this.events.create(user, body);
  }

  @Put(':id')
  @RequirePermission(Permission.EventsWrite)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateEventBody,
  ): Promise<EventDto> {
    return this.events.update(user, id, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission(Permission.EventsWrite)
  cancel(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: CancelEventBody,
  ): Promise<EventDto> {
    return this.events.cancel(user, id, body);
  }
}
