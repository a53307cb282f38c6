import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiPaths } from '@portal/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../authz/public.decorator';

export interface HealthDto {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
}

@Controller(ApiPaths.health)
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** 200 with the database up, 503 while it is down — for load balancers and monitoring. */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    response.setHeader('Cache-Control', 'no-store');
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      response.status(503);
      return { status: 'unavailable', database: 'down' };
    }
  }
}
