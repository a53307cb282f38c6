import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PracticeContent,
  PracticeDeskDto,
  PracticeDto,
  PracticePageDto,
  PracticeStatus,
  PRIVACY_FINDING_LABELS,
  PrivacyCheckDto,
  PrivacyCheckRequest,
  PrivacyFindingDto,
  TaxonomyKey,
} from '@portal/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { TaxonomiesService } from '../taxonomies/taxonomies.service';
import {
  CreatePracticeBody,
  PrivacyCheckBody,
  ReturnPracticeBody,
  SubmitPracticeBody,
  UpdatePracticeBody,
  VersionedBody,
} from './dto/practice.body';
import { PracticeListParams } from './dto/practice-list.query';
import { PracticeAccess, forbidden } from './practice-access';
import { decodePracticeCursor, encodePracticeCursor } from './practice-cursor';
import { PracticeEntity } from './practice.entity';
import { PracticeFilesService } from './practice-files.service';
import { columnsOf, toPracticeListSummary } from './practice.mapper';
import { PracticeNotifier } from './practice-notifier';
import {
  isNetworkReviewer,
  isOwnReview,
  mayArchive,
  mayDecide,
  mayDelete,
  mayReview,
  maySubmit,
} from './practice.policy';
import { PRACTICE_TARGET, PracticeViews } from './practice-views';
import { PracticesRepository } from './practices.repository';
import { findPrivacyRisks } from './privacy-guard';

/** Gute Praxis: writing, the review workflow and the list. */
@Injectable()
export class PracticesService {
  constructor(
    private readonly practices: PracticesRepository,
    private readonly access: PracticeAccess,
    private readonly views: PracticeViews,
    private readonly taxonomies: TaxonomiesService,
    private readonly notifier: PracticeNotifier,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: PracticeFilesService,
  ) {}

  async list(user: SessionUser, query: PracticeListParams): Promise<PracticePageDto> {
    const sort = query.sort ?? 'newest';
    const rows = await this.practices.list(
      {
        fieldId: query.fieldId,
        targetGroupId: query.targetGroupId,
        state: query.state,
        organisationId: query.organisationId,
        adoptedBy: query.adoptedBy,
        hasKeyFigures: query.hasKeyFigures,
        bookmarkedBy: query.bookmarked ? user.id : undefined,
        words: query.q?.trim() || undefined,
        sort,
      },
      query.cursor ? decodePracticeCursor(query.cursor) : undefined,
      query.limit + 1,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toPracticeListSummary),
      nextCursor:
        rows.length > query.limit && last?.publishedAt
          ? encodePracticeCursor({
              count:
                sort === 'most-adopted'
                  ? last.adoptionCount
                  : sort === 'most-helpful'
                    ? last.helpfulCount
                    : 0,
              publishedAt: last.publishedAt,
              id: last.id,
            })
          : null,
    };
  }

  async desk(user: SessionUser): Promise<PracticeDeskDto> {
    const reviewer =
      isNetworkReviewer(user) ||
      mayReview(user, { status: 'in-review', authorId: null, organisationId: user.organisationId });
    const [mine, toReview] = await Promise.all([
      this.practices.mine(user.id),
      reviewer
        ? this.practices.toReview(isNetworkReviewer(user) ? null : user.organisationId)
        : Promise.resolve([]),
    ]);
    // Four eyes: the reviewer's own entries wait for someone else.
    const others = toReview.filter((practice) => practice.authorId !== user.id);
    return { mine: await this.views.summaries(mine), toReview: await this.views.summaries(others) };
  }

  async get(user: SessionUser, id: string): Promise<PracticeDto> {
    return this.views.detail(user, await this.access.visible(user, id));
  }

  async create(user: SessionUser, body: CreatePracticeBody): Promise<PracticeDto> {
    await this.assertTerms(body);
    const [author, organisation] = await Promise.all([
      this.dataSource.getRepository(UserEntity).findOneBy({ id: user.id }),
      user.organisationId
        ? this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: user.organisationId })
        : Promise.resolve(null),
    ]);
    const content: PracticeContent = {
      ...body,
      // Without a contact of their own, the author is it, with what their profile says.
      contact: body.contact ?? {
        name: user.displayName,
        role: author?.jobTitle ?? '',
        email: author?.email ?? '',
        phone: author?.phone ?? '',
      },
    };
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await this.practices.insert(manager, {
        ...columnsOf(content),
        status: PracticeStatus.Draft,
        authorId: user.id,
        organisationId: organisation?.id ?? null,
        state: organisation?.state ?? null,
        organisationCategory: organisation?.category ?? null,
      });
      await this.writeTerms(manager, created.id, content);
      await this.practices.addVersion(
        manager,
        created.id,
        created.version,
        content,
        user.id,
        this.clock.now(),
        false,
      );
      await this.practices.follow(created.id, user.id, manager);
      return created.id;
    });
    return this.get(user, id);
  }

  /**
   * Changes the content; every change is kept as a version. Published text goes to the network at
   * once, so it passes the privacy guard as on submit. Followers hear about published changes.
   */
  async update(user: SessionUser, id: string, body: UpdatePracticeBody): Promise<PracticeDto> {
    const practice = await this.access.editable(user, id);
    await this.assertTerms(body);
    const live = practice.status === PracticeStatus.Published;
    // The confirmation is about this save, not part of the entry's content.
    const { confirmPrivacy: _confirmed, ...fields } = body;
    const content: PracticeContent = {
      ...fields,
      contact: body.contact ?? {
        name: practice.contactName,
        role: practice.contactRole,
        email: practice.contactEmail,
        phone: practice.contactPhone,
      },
    };
    // Checked as saved: a kept contact is read from the entry.
    if (live) assertPrivacy(await this.privacyRisksWithFiles(id, content), body.confirmPrivacy);
    const version = await this.dataSource.transaction(async (manager) => {
      const next = await this.practices.updateIfVersion(manager, id, body.version, columnsOf(content));
      if (next === null) throw staleVersion();
      await this.writeTerms(manager, id, content);
      await this.practices.addVersion(manager, id, next, content, user.id, this.clock.now(), live);
      return next;
    });
    if (live) {
      await this.notifier.updated(practice, await this.practices.followerIds(id), user.id, version);
    }
    return this.get(user, id);
  }

  async privacyCheck(body: PrivacyCheckBody): Promise<PrivacyCheckDto> {
    return { findings: findPrivacyRisks(body) };
  }

  /** Draft → Zur Prüfung. The privacy guard's findings must be fixed or confirmed first. */
  async submit(user: SessionUser, id: string, body: SubmitPracticeBody): Promise<PracticeDto> {
    const practice = await this.access.visible(user, id);
    if (!maySubmit(user, practice))
      throw this.notAllowed(
        practice,
        'Nur Entwürfe der Verfasserin oder des Verfassers können eingereicht werden.',
      );
    const findings = await this.privacyRisksWithFiles(id, {
      ...practice,
      contact: {
        name: practice.contactName,
        role: practice.contactRole,
        email: practice.contactEmail,
        phone: practice.contactPhone,
      },
    });
    assertPrivacy(findings, body.confirmPrivacy);
    const now = this.clock.now();
    await this.transition(id, body.version, {
      status: PracticeStatus.InReview,
      submittedAt: now,
      reviewComment: null,
      privacyConfirmedAt: findings.length > 0 ? now : null,
    });
    const updated = await this.access.visible(user, id);
    await this.notifier.submitted(updated, user.id);
    return this.views.detail(user, updated);
  }

  /** Zur Prüfung → Veröffentlicht, by the editor of the author's Jobcenter or the coordination. */
  async publish(user: SessionUser, id: string, body: VersionedBody): Promise<PracticeDto> {
    const practice = await this.access.forReview(user, id);
    if (!mayDecide(user, practice)) throw this.notReviewer(user, practice);
    await this.transition(
      id,
      body.version,
      { status: PracticeStatus.Published, publishedAt: this.clock.now(), reviewComment: null },
      (manager) => this.practices.markLatestVersionPublished(manager, id),
    );
    const updated = await this.access.visible(user, id);
    await this.notifier.published(updated, user.id);
    return this.views.detail(user, updated);
  }

  /** Zur Prüfung → Entwurf with a comment for the author. */
  async return(user: SessionUser, id: string, body: ReturnPracticeBody): Promise<PracticeDto> {
    const practice = await this.access.forReview(user, id);
    if (!mayDecide(user, practice)) throw this.notReviewer(user, practice);
    await this.transition(id, body.version, { status: PracticeStatus.Draft, reviewComment: body.comment });
    // Back to a draft: from now on only its author sees it, so the reviewer gets this last view.
    const reloaded = (await this.practices.findById(id)) ?? practice;
    await this.notifier.returned(reloaded, body.comment, user.id);
    return this.views.detail(user, reloaded);
  }

  async archive(user: SessionUser, id: string, body: VersionedBody): Promise<PracticeDto> {
    const practice = await this.access.visible(user, id);
    if (!mayArchive(user, practice))
      throw this.notAllowed(
        practice,
        'Archivieren können die Redaktion des Jobcenters und die Koordination.',
      );
    await this.transition(id, body.version, {
      status: PracticeStatus.Archived,
      archivedAt: this.clock.now(),
    });
    await this.notifier.archived(practice, user.id);
    return this.get(user, id);
  }

  /** Drafts can be deleted by their author, with their files, terms and history. */
  async remove(user: SessionUser, id: string): Promise<void> {
    const practice = await this.access.visible(user, id);
    if (!mayDelete(user, practice))
      throw this.notAllowed(practice, 'Nur eigene Entwürfe können gelöscht werden.');
    const keys = await this.dataSource.transaction(async (manager) => {
      const removed = await this.files.deleteAllOf(manager, id);
      await this.taxonomies.removeAll(manager, PRACTICE_TARGET, id);
      await manager.query(`DELETE FROM comments WHERE target_type = 'practice' AND target_id = $1`, [id]);
      await manager.query(`DELETE FROM bookmarks WHERE target_type = 'practice' AND target_id = $1`, [id]);
      await this.practices.delete(manager, id);
      return removed;
    });
    await this.files.removeContent(keys);
  }

  /** The guard also reads the entry's stored image alt texts and attachment names. */
  private async privacyRisksWithFiles(id: string, input: PrivacyCheckRequest): Promise<PrivacyFindingDto[]> {
    // Names only: whether their text is searchable does not matter here.
    const files = await this.files.list(id, false);
    return findPrivacyRisks({
      ...input,
      imageAltTexts: files.images.map((image) => image.altText),
      attachmentNames: files.attachments.map((attachment) => attachment.name),
    });
  }

  private async transition(
    id: string,
    version: number,
    changes: Partial<PracticeEntity>,
    alongside?: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if ((await this.practices.updateIfVersion(manager, id, version, changes)) === null)
        throw staleVersion();
      await alongside?.(manager);
    });
  }

  private async assertTerms(body: CreatePracticeBody): Promise<void> {
    await this.taxonomies.validate(TaxonomyKey.TargetGroups, body.targetGroupIds, 'targetGroupIds');
    await this.taxonomies.validate(TaxonomyKey.FieldsOfAction, body.fieldIds, 'fieldIds');
  }

  private async writeTerms(manager: EntityManager, id: string, content: PracticeContent): Promise<void> {
    await this.taxonomies.replace(
      manager,
      PRACTICE_TARGET,
      id,
      TaxonomyKey.TargetGroups,
      content.targetGroupIds,
    );
    await this.taxonomies.replace(manager, PRACTICE_TARGET, id, TaxonomyKey.FieldsOfAction, content.fieldIds);
  }

  private notReviewer(user: SessionUser, practice: PracticeEntity): DomainError {
    if (practice.status !== PracticeStatus.InReview)
      return new DomainError(ErrorCode.Conflict, 'Dieses Praxisbeispiel wartet nicht auf eine Prüfung.');
    if (isOwnReview(user, practice))
      return new DomainError(
        ErrorCode.Forbidden,
        'Eigene Praxisbeispiele prüfen Sie nicht selbst: Das übernimmt eine andere Person der Redaktion oder die Koordination.',
      );
    return new DomainError(
      ErrorCode.Forbidden,
      'Prüfen dürfen nur die Redaktion des Jobcenters der Verfasserin oder des Verfassers und die Koordination.',
    );
  }

  private notAllowed(practice: PracticeEntity, detail: string): DomainError {
    return practice.status === PracticeStatus.Draft || practice.status === PracticeStatus.Published
      ? new DomainError(ErrorCode.Forbidden, detail)
      : forbidden(practice);
  }
}

/** The privacy guard's findings must be fixed or confirmed before text goes to reviewers or the network. */
function assertPrivacy(findings: PrivacyFindingDto[], confirmed: boolean | undefined): void {
  if (findings.length === 0 || confirmed) return;
  const kinds = [...new Set(findings.map((finding) => PRIVACY_FINDING_LABELS[finding.kind]))].join(', ');
  const message = `Der Text enthält Stellen, die wie Sozialdaten aussehen (${kinds}). Bitte entfernen Sie sie oder bestätigen Sie, dass es keine Daten von Kundinnen und Kunden sind.`;
  throw new DomainError(ErrorCode.ValidationFailed, message, { confirmPrivacy: [message] });
}

function staleVersion(): DomainError {
  return new DomainError(
    ErrorCode.Conflict,
    'Jemand hat dieses Praxisbeispiel inzwischen geändert. Bitte laden Sie es neu und übernehmen Sie Ihre Änderungen.',
  );
}
