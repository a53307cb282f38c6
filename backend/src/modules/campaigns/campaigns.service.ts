import { Injectable } from '@nestjs/common';
import type {
  AcceptTermsRequest,
  CampaignDto,
  CampaignListDto,
  SaveCampaignRequest,
  TermsAcceptanceDto,
  UpdateCampaignRequest,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { mayManageCampaigns, maySeeCampaign } from './campaign-asset.policy';
import type { CampaignEntity } from './campaign.entity';
import { toCampaignDto, toCampaignSummary } from './campaign.mapper';
import { CampaignsRepository } from './campaigns.repository';

const NOT_FOUND = 'Diese Kampagne gibt es nicht.';
const STALE =
  'Die Kampagne wurde inzwischen geändert. Bitte laden Sie sie neu und übernehmen Sie Ihre Änderungen erneut.';

/** Campaigns: who sees them, how coordinators change them, and accepting their usage terms. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly clock: Clock,
  ) {}

  async list(user: SessionUser): Promise<CampaignListDto> {
    const rows = await this.campaigns.list(mayManageCampaigns(user));
    return { items: rows.map(toCampaignSummary) };
  }

  async get(user: SessionUser, id: string): Promise<CampaignDto> {
    return this.dto(user, await this.visible(user, id));
  }

  /** The campaign if the user may see it; 404 otherwise (also for ones in preparation). */
  async visible(user: SessionUser, id: string): Promise<CampaignEntity> {
    const campaign = await this.campaigns.findById(id);
    if (!campaign || !maySeeCampaign(user, campaign.status))
      throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return campaign;
  }

  async create(user: SessionUser, request: SaveCampaignRequest): Promise<CampaignDto> {
    this.assertPeriod(request);
    const created = await this.campaigns.insert({
      ...this.values(request),
      createdBy: user.id,
      termsVersion: 1,
    });
    return this.dto(user, created);
  }

  /** Changing the usage terms raises `termsVersion`: everyone accepts the new terms again. */
  async update(user: SessionUser, id: string, request: UpdateCampaignRequest): Promise<CampaignDto> {
    this.assertPeriod(request);
    const current = await this.campaigns.findById(id);
    if (!current) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    if (current.version !== request.version) throw new DomainError(ErrorCode.Conflict, STALE);
    const termsChanged = current.usageTerms.trim() !== request.usageTerms.trim();
    const changes = {
      ...this.values(request),
      termsVersion: termsChanged ? current.termsVersion + 1 : current.termsVersion,
    };
    if (!(await this.campaigns.updateIfVersion(id, request.version, changes)))
      throw new DomainError(ErrorCode.Conflict, STALE);
    const updated = await this.campaigns.findById(id);
    if (!updated) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return this.dto(user, updated);
  }

  /** Records that the user accepted these terms (idempotent); an outdated version answers 409. */
  async acceptTerms(user: SessionUser, id: string, request: AcceptTermsRequest): Promise<TermsAcceptanceDto> {
    const campaign = await this.visible(user, id);
    if (request.termsVersion !== campaign.termsVersion) {
      throw new DomainError(
        ErrorCode.Conflict,
        'Die Nutzungsbedingungen wurden inzwischen geändert. Bitte lesen Sie die aktuelle Fassung.',
      );
    }
    const acceptance = await this.campaigns.accept(user.id, id, campaign.termsVersion, this.clock.now());
    return {
      campaignId: id,
      termsVersion: acceptance.termsVersion,
      acceptedAt: acceptance.acceptedAt.toISOString(),
    };
  }

  /** Campaign ids (of these) whose current terms the user has accepted. */
  acceptedOf(user: SessionUser, campaigns: readonly CampaignEntity[]): Promise<Set<string>> {
    return this.campaigns.acceptedCampaigns(user.id, campaigns);
  }

  /** Refuses a download before the terms of its campaign are accepted (the UI opens the dialog). */
  async assertTermsAccepted(user: SessionUser, campaigns: readonly CampaignEntity[]): Promise<void> {
    const unique = [...new Map(campaigns.map((campaign) => [campaign.id, campaign])).values()];
    const accepted = await this.acceptedOf(user, unique);
    const missing = unique.find((campaign) => !accepted.has(campaign.id));
    if (missing) {
      throw new DomainError(
        ErrorCode.TermsNotAccepted,
        `Bitte lesen und akzeptieren Sie zuerst die Nutzungsbedingungen der Kampagne „${missing.name}“.`,
      );
    }
  }

  private async dto(user: SessionUser, campaign: CampaignEntity): Promise<CampaignDto> {
    const accepted = await this.campaigns.acceptedCampaigns(user.id, [campaign]);
    return toCampaignDto(campaign, accepted.has(campaign.id));
  }

  private assertPeriod(request: SaveCampaignRequest): void {
    if (request.endsOn && request.endsOn < request.startsOn) {
      const problem = 'Das Ende darf nicht vor dem Beginn liegen.';
      throw new DomainError(ErrorCode.ValidationFailed, problem, { endsOn: [problem] });
    }
  }

  private values(request: SaveCampaignRequest): Partial<CampaignEntity> {
    return {
      name: request.name,
      status: request.status,
      startsOn: request.startsOn,
      endsOn: request.endsOn,
      description: request.description,
      keyMessages: request.keyMessages.map((message) => message.trim()).filter(Boolean),
      guidelines: {
        colours: request.guidelines.colours.map((colour) => ({ ...colour, hex: colour.hex.toUpperCase() })),
        fonts: request.guidelines.fonts,
        dos: request.guidelines.dos.map((rule) => rule.trim()).filter(Boolean),
        donts: request.guidelines.donts.map((rule) => rule.trim()).filter(Boolean),
        text: request.guidelines.text,
      },
      usageTerms: request.usageTerms,
    };
  }
}
