import { Injectable } from '@nestjs/common';
import { PracticeDto, PracticeSummaryDto } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { BookmarksService } from '../bookmarks/bookmarks.service';
import { TaxonomiesService } from '../taxonomies/taxonomies.service';
import { PracticeEntity } from './practice.entity';
import { PracticeFilesService } from './practice-files.service';
import { contentOf, toPracticeSummary } from './practice.mapper';
import { mayReview, permissionsFor } from './practice.policy';
import { PracticesRepository } from './practices.repository';
import { authorSummary } from '../users/author-summary';

export const PRACTICE_TARGET = 'practice';

/** Builds the DTOs: a page of summaries costs one terms query, a detail a fixed handful. */
@Injectable()
export class PracticeViews {
  constructor(
    private readonly practices: PracticesRepository,
    private readonly taxonomies: TaxonomiesService,
    private readonly bookmarks: BookmarksService,
    private readonly files: PracticeFilesService,
  ) {}

  async summaries(rows: PracticeEntity[]): Promise<PracticeSummaryDto[]> {
    const terms = await this.taxonomies.termsOf(
      PRACTICE_TARGET,
      rows.map((row) => row.id),
    );
    return rows.map((row) => toPracticeSummary(row, terms.get(row.id)));
  }

  async detail(user: SessionUser, practice: PracticeEntity): Promise<PracticeDto> {
    const may = permissionsFor(user, practice);
    const [terms, files, following, bookmarked, helpfulByMe, adopted] = await Promise.all([
      this.taxonomies.termsOf(PRACTICE_TARGET, [practice.id]),
      this.files.list(practice.id, may.edit),
      this.practices.isFollowing(practice.id, user.id),
      this.bookmarks.bookmarkedIds(user.id, PRACTICE_TARGET, [practice.id]),
      this.practices.helpfulByMe(practice.id, user.id),
      this.practices.isAdoptedBy(practice.id, user.organisationId),
    ]);
    const own = terms.get(practice.id);
    const content = contentOf(practice, own);
    return {
      ...toPracticeSummary(practice, own),
      situation: content.situation,
      approach: content.approach,
      results: content.results,
      duration: content.duration,
      costs: content.costs,
      partners: content.partners,
      transferability: content.transferability,
      keyFigures: content.keyFigures,
      contact: content.contact,
      author: authorSummary(practice.author, practice.authorDeleted),
      reviewComment: practice.reviewComment,
      submittedAt: practice.submittedAt?.toISOString() ?? null,
      archivedAt: practice.archivedAt?.toISOString() ?? null,
      privacyConfirmedAt: mayReview(user, practice)
        ? (practice.privacyConfirmedAt?.toISOString() ?? null)
        : null,
      images: files.images,
      attachments: files.attachments,
      version: practice.version,
      createdAt: practice.createdAt.toISOString(),
      may,
      following,
      bookmarked: bookmarked.has(practice.id),
      helpfulByMe,
      adoptedByMyOrganisation: adopted,
    };
  }
}
