import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  API_PREFIX,
  CampaignKitPaths,
  isFileAvailable,
  KitBulkRunDto,
  OrganisationKind,
} from '@portal/contracts';
import { DataSource, IsNull } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { JobQueue } from '../../core/jobs/job-queue';
import type { ZipStreamEntry } from '../../core/storage/zip-stream';
import { CampaignsService } from '../campaigns/campaigns.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { KitBulkFileEntity, KitBulkRunEntity } from './kit-bulk-run.entity';
import { KitGeneratorService } from './kit-generator.service';
import { defaultData } from './kit-profile.service';
import { KitTemplatesService } from './kit-templates.service';

export const KIT_BULK_JOB = 'campaign-kit.bulk';
const NOT_FOUND = 'Diesen Lauf gibt es nicht.';

/** The kit for every Jobcenter at once: a job on the queue, progress in a table, one ZIP. */
@Injectable()
export class KitBulkService implements OnModuleInit {
  private readonly logger = new Logger(KitBulkService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly templates: KitTemplatesService,
    private readonly generator: KitGeneratorService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ runId: string }>(KIT_BULK_JOB, ({ runId }) => this.run(runId), {
      retryLimit: 3,
      expireInSeconds: 60 * 60,
    });
  }

  async start(user: SessionUser, templateId: string): Promise<KitBulkRunDto> {
    const row = await this.templates.usable(user, templateId);
    // The ZIP is a download of the campaign's material like any other.
    await this.campaigns.assertTermsAccepted(user, [row.campaign]);
    const [{ count }] = (await this.dataSource.query(
      'SELECT count(*)::int AS count FROM organisations WHERE kind = $1 AND merged_into_id IS NULL',
      [OrganisationKind.Jobcenter],
    )) as [{ count: number }];
    const runs = this.dataSource.getRepository(KitBulkRunEntity);
    const run = await runs.save(
      runs.create({ templateId, requestedBy: user.id, status: 'queued', total: count, done: 0, failed: 0 }),
    );
    await this.jobs.send(KIT_BULK_JOB, { runId: run.id });
    return toRunDto(run);
  }

  async get(runId: string): Promise<KitBulkRunDto> {
    return toRunDto(await this.load(runId));
  }

  /** The ZIP's entries: the file of each generated output, in name order (one query). */
  async entries(runId: string): Promise<ZipStreamEntry[]> {
    const run = await this.load(runId);
    if (run.status !== 'done')
      throw new DomainError(
        ErrorCode.Conflict,
        'Der Lauf ist noch nicht fertig. Bitte warten Sie, bis alle Dateien erstellt sind.',
      );
    const rows = await this.dataSource
      .getRepository(KitBulkFileEntity)
      .find({ where: { runId }, relations: { output: { file: true } }, order: { entryName: 'ASC' } });
    return rows.flatMap((row) => (row.output?.file ? [{ path: row.entryName, file: row.output.file }] : []));
  }

  /** Job handler; idempotent: a retried run skips the Jobcenter it has already done. */
  private async run(runId: string): Promise<void> {
    const runs = this.dataSource.getRepository(KitBulkRunEntity);
    const run = await runs.findOneBy({ id: runId });
    if (!run || run.status === 'done') return;
    await runs.update({ id: runId }, { status: 'running' });
    const row = await this.templates.load(run.templateId).catch(() => null);
    // Blocked (or no longer cleared) template: nothing to fill, rather than one failure per Jobcenter.
    if (!row || !isFileAvailable(row.current.file.scanStatus)) {
      await runs.update({ id: runId }, { status: 'failed', finishedAt: this.clock.now() });
      return;
    }
    const organisations = await this.dataSource
      .getRepository(OrganisationEntity)
      .find({ where: { kind: OrganisationKind.Jobcenter, mergedIntoId: IsNull() }, order: { name: 'ASC' } });
    const doneIds = new Set(
      (
        await this.dataSource
          .getRepository(KitBulkFileEntity)
          .find({ where: { runId }, select: { organisationId: true } })
      ).map((file) => file.organisationId),
    );
    for (const organisation of organisations) {
      if (doneIds.has(organisation.id)) continue;
      try {
        const { output } = await this.generator.generateFor(
          row,
          organisation,
          defaultData(organisation),
          'pdf',
          run.requestedBy,
        );
        await this.dataSource.transaction(async (manager) => {
          await manager.getRepository(KitBulkFileEntity).insert({
            runId,
            organisationId: organisation.id,
            outputId: output.id,
            entryName: `${organisation.key}.pdf`,
          });
          await manager.query('UPDATE campaign_kit_bulk_runs SET done = done + 1 WHERE id = $1', [runId]);
        });
      } catch (error) {
        this.logger.warn(
          { runId, organisation: organisation.key, message: String(error) },
          'Kit not generated',
        );
        await this.dataSource.query('UPDATE campaign_kit_bulk_runs SET failed = failed + 1 WHERE id = $1', [
          runId,
        ]);
      }
    }
    await runs.update({ id: runId }, { status: 'done', finishedAt: this.clock.now() });
  }

  private async load(runId: string): Promise<KitBulkRunEntity> {
    const run = await this.dataSource.getRepository(KitBulkRunEntity).findOneBy({ id: runId });
    if (!run) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return run;
  }
}

function toRunDto(run: KitBulkRunEntity): KitBulkRunDto {
  return {
    id: run.id,
    templateId: run.templateId,
    status: run.status,
    total: run.total,
    done: run.done,
    failed: run.failed,
    zipUrl: run.status === 'done' ? `/${API_PREFIX}/${CampaignKitPaths.bulkRuns}/${run.id}/zip` : null,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
