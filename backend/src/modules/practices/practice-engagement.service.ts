import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BUNDESLAND_NEIGHBOURS,
  Bundesland,
  OrganisationState,
  PracticeAdoptionsDto,
  PracticeHelpfulDto,
  PracticeRecommendationsDto,
  PracticeVersionListDto,
  RecommendationReasonDto,
  SimilarPracticesDto,
} from '@portal/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { toOrganisationSummary } from '../organisations/organisation.mapper';
import { AdoptPracticeBody } from './dto/practice.body';
import { PracticeAccess } from './practice-access';
import { PracticeNotifier } from './practice-notifier';
import { toPracticeListSummary } from './practice.mapper';
import { mayAdopt, mayReadDrafts } from './practice.policy';
import { PracticeViews } from './practice-views';
import { PracticesRepository } from './practices.repository';
import { authorSummary } from '../users/author-summary';

const RECOMMENDATIONS = 6;
const SIMILAR = 4;

/** Following, „Hilfreich“, adoptions, history, recommendations and similar entries. */
@Injectable()
export class PracticeEngagementService {
  constructor(
    private readonly practices: PracticesRepository,
    private readonly access: PracticeAccess,
    private readonly views: PracticeViews,
    private readonly notifier: PracticeNotifier,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async follow(user: SessionUser, id: string, on: boolean): Promise<{ following: boolean }> {
    await this.access.visible(user, id);
    if (on) await this.practices.follow(id, user.id);
    else await this.practices.unfollow(id, user.id);
    return { following: on };
  }

  async helpful(user: SessionUser, id: string, on: boolean): Promise<PracticeHelpfulDto> {
    const practice = await this.access.visible(user, id);
    if (practice.status !== 'published')
      throw new DomainError(
        ErrorCode.Conflict,
        'Nur veröffentlichte Praxisbeispiele können als hilfreich markiert werden.',
      );
    return { count: await this.practices.setHelpful(id, user.id, on), mine: on };
  }

  /** „Wir setzen das auch um“ on behalf of the user's organisation; the author is told once. */
  async adopt(user: SessionUser, id: string, body: AdoptPracticeBody): Promise<PracticeAdoptionsDto> {
    const practice = await this.access.visible(user, id);
    if (!mayAdopt(user, practice) || !user.organisationId) {
      throw new DomainError(
        ErrorCode.Forbidden,
        practice.organisationId === user.organisationId
          ? 'Das eigene Praxisbeispiel kann Ihr Jobcenter nicht übernehmen.'
          : 'Eine Übernahme melden Leitung und Redaktion eines Jobcenters für veröffentlichte Praxisbeispiele.',
      );
    }
    const note = body.note?.trim() || null;
    const added = await this.practices.adopt(id, user.organisationId, user.id, note, this.clock.now());
    if (added) {
      const organisation = await this.dataSource
        .getRepository(OrganisationEntity)
        .findOneBy({ id: user.organisationId });
      await this.notifier.adopted(practice, organisation?.name ?? 'Ein Jobcenter', note, user.id);
    }
    return this.adoptions(user, id);
  }

  async unadopt(user: SessionUser, id: string): Promise<PracticeAdoptionsDto> {
    const practice = await this.access.visible(user, id);
    if (!mayAdopt(user, practice) || !user.organisationId)
      throw new DomainError(
        ErrorCode.Forbidden,
        'Eine Übernahme nehmen Leitung und Redaktion des Jobcenters zurück.',
      );
    await this.practices.unadopt(id, user.organisationId);
    return this.adoptions(user, id);
  }

  /** Where it has been adopted: a list and the count per Land. */
  async adoptions(user: SessionUser, id: string): Promise<PracticeAdoptionsDto> {
    await this.access.visible(user, id);
    const rows = await this.practices.adoptions(id);
    const byState = new Map<OrganisationState, number>();
    for (const row of rows) {
      if (row.organisation)
        byState.set(row.organisation.state, (byState.get(row.organisation.state) ?? 0) + 1);
    }
    return {
      count: rows.length,
      byState: [...byState]
        .map(([state, count]) => ({ state, count }))
        .sort((a, b) => b.count - a.count || a.state.localeCompare(b.state, 'de')),
      items: rows.flatMap((row) =>
        row.organisation
          ? [
              {
                organisation: toOrganisationSummary(row.organisation),
                note: row.note,
                adoptedAt: row.createdAt.toISOString(),
                adoptedBy: authorSummary(row.adopter, row.adopterDeleted),
              },
            ]
          : [],
      ),
    };
  }

  async versions(user: SessionUser, id: string): Promise<PracticeVersionListDto> {
    const practice = await this.access.visible(user, id);
    const [rows, total] = await this.practices.versions(id, !mayReadDrafts(user, practice));
    return {
      // Numbered over what this user sees, oldest = 1: the locking counter jumps on every workflow step.
      items: rows.map((row, index) => ({
        version: row.version,
        number: total - index,
        editedAt: row.editedAt.toISOString(),
        editedBy: authorSummary(row.editor, row.editorDeleted),
        content: row.content,
      })),
    };
  }

  /** „Jobcenter wie unseres“ — with the reasons shown on screen. */
  async recommendations(user: SessionUser): Promise<PracticeRecommendationsDto> {
    const organisation = user.organisationId
      ? await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: user.organisationId })
      : null;
    if (!organisation) return { organisation: null, items: [] };
    const nearby = BUNDESLAND_NEIGHBOURS[organisation.state as Bundesland] ?? [];
    const rows = await this.practices.recommendations(organisation, nearby, RECOMMENDATIONS);
    return {
      organisation: { ...toOrganisationSummary(organisation), category: organisation.category },
      items: rows.map((row) => {
        const practice = toPracticeListSummary(row);
        const reasons: RecommendationReasonDto[] = [];
        if (row.sameCategory)
          reasons.push({
            kind: 'same-category',
            text: `Auch ein Jobcenter der Kategorie „${organisation.category}“`,
          });
        if (row.sameState)
          reasons.push({ kind: 'same-state', text: `Aus Ihrem Land (${organisation.state})` });
        else if (row.neighbourState)
          reasons.push({
            kind: 'neighbour-state',
            text: `Aus einem Nachbarland (${practice.organisation?.state ?? ''})`,
          });
        if (row.matchedFields.length > 0)
          reasons.push({
            kind: 'field',
            text: `Handlungsfeld, das Ihr Jobcenter verfolgt (eigene, übernommene oder von Ihrem Jobcenter gefolgte Praxisbeispiele): ${row.matchedFields.join(', ')}`,
          });
        return { practice, reasons };
      }),
    };
  }

  /** „Ähnliche Praxisbeispiele“: shared Zielgruppen/Handlungsfelder plus words of the title. */
  async similar(user: SessionUser, id: string): Promise<SimilarPracticesDto> {
    const practice = await this.access.visible(user, id);
    const words = (practice.title.match(/[\p{L}\p{N}]{4,}/gu) ?? []).slice(0, 12).join(' or ');
    const rows = await this.practices.similar(id, words, SIMILAR);
    const entries = await this.practices.byIds(rows.map((row) => row.id));
    const summaries = new Map((await this.views.summaries(entries)).map((summary) => [summary.id, summary]));
    return {
      items: rows.flatMap((row) => {
        const summary = summaries.get(row.id);
        return summary ? [{ practice: summary, sharedTerms: row.shared }] : [];
      }),
    };
  }
}
