import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { berlinDay } from '../privacy/berlin-day';

/**
 * Marks that a signed-in person used the portal today — at most one write per person and day
 * and instance: a small in-memory set of who was already marked today answers every further
 * request without touching the database. The write itself is not awaited (the request never
 * waits for it) and `ON CONFLICT DO NOTHING` makes other instances' marks harmless.
 *
 * An Express middleware after the session rather than a Nest interceptor: one global interceptor
 * puts every request of the API through Nest's RxJS pipeline, which cost more than the mark.
 */
@Injectable()
export class ActivityRecorder {
  private readonly logger = new Logger(ActivityRecorder.name);
  private day = '';
  private marked = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  readonly middleware = (request: Request, _response: Response, next: NextFunction): void => {
    const user = request.user as SessionUser | undefined;
    if (typeof user?.id === 'string') void this.mark(user);
    next();
  };

  /** Resolves when the mark is written (tests wait for it); requests do not. */
  mark(user: Pick<SessionUser, 'id' | 'organisationId'>): Promise<void> {
    const today = berlinDay(this.clock.now());
    if (today !== this.day) {
      this.day = today;
      this.marked = new Set();
    }
    if (this.marked.has(user.id)) return Promise.resolve();
    this.marked.add(user.id);
    return this.dataSource
      .query(
        `INSERT INTO user_activity (user_id, day, organisation_id) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, day) DO NOTHING`,
        [user.id, today, user.organisationId],
      )
      .then(
        () => undefined,
        (error: unknown) => {
          // Try again with the next request rather than lose the day.
          this.marked.delete(user.id);
          this.logger.warn({ err: error }, 'activity mark not written');
        },
      );
  }
}
