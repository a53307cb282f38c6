import { Logger } from '@nestjs/common';
import { Client } from 'pg';

const RECONNECT_DELAY_MS = 1_000;

export interface ChangeHandlers {
  /** A change named on the channel (its payload), delivered when the writer's transaction commits. */
  changed(payload: string): void;
  /**
   * Whatever is held may be stale: called when LISTEN takes effect (reads before it may have missed
   * a change) and when the connection breaks (changes go unheard until it listens again).
   */
  reset(): void;
}

/**
 * One LISTEN connection of this process on one PostgreSQL channel, reconnecting after a second
 * when it breaks. The in-memory caches (sessions, the news feed) keep entries only while it
 * listens: that is what makes them correct across instances and processes.
 */
export class ChangeListener {
  private readonly logger = new Logger(ChangeListener.name);
  private client: Client | undefined;
  private heard = false;
  private closed = false;

  /** Whether changes reach this process right now; only then may a cache keep anything. */
  get listening(): boolean {
    return this.heard;
  }

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    /** Shown in pg_stat_activity; operators (and tests) find the connection by it. */
    private readonly applicationName: string,
    private readonly handlers: ChangeHandlers,
  ) {}

  /** Not awaited by callers: the portal starts (and answers from PostgreSQL) while the database is away. */
  start(): void {
    void this.connect();
  }

  async stop(): Promise<void> {
    this.closed = true;
    this.heard = false; // an ending on purpose is no loss to warn about
    const client = this.client;
    this.client = undefined;
    this.handlers.reset();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: this.applicationName });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.heard) {
        this.logger.warn({ message: error?.message, channel: this.channel }, 'Change notifications lost');
      }
      this.heard = false;
      if (this.client === client) this.client = undefined;
      this.handlers.reset();
      void client.end().catch(() => undefined);
      if (!this.closed) setTimeout(() => void this.connect(), RECONNECT_DELAY_MS).unref();
    };
    client.on('notification', (message) => this.handlers.changed(message.payload ?? ''));
    client.on('error', onLost);
    client.on('end', () => onLost());
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (lost) return;
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.heard = true;
    this.handlers.reset();
  }
}
