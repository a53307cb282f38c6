import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { berlinDay } from '../privacy/berlin-day';

/**
 * Marks that a signed-in person used the portal today — at most one write per person and day
 * and instance: a small in-memory set of who was already marked today answers every further
 * request without touching the database. The write itself is not awaited (the request never
 * waits for it) and `ON CONFLICT DO NOTHING` makes other instances' marks harmless.
 */
@Injectable()
export class ActivityRecorder implements NestInterceptor {
  private readonly logger = new Logger(ActivityRecorder.name);
  private day = '';
  private marked = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const user = context.switchToHttp().getRequest<Request>().user as SessionUser | undefined;
      // During the sign-in callback `user` is the login outcome, not yet a session user.
      if (typeof user?.id === 'string') void this.mark(user);
    }
    return next.handle();
  }

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
