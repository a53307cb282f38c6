import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { FileDelivery } from '../../core/storage/file-delivery.service';
import { isFreshDownload } from '../../core/storage/fresh-download';
import { maySeeCampaign } from '../campaigns/campaign-asset.policy';
import { CampaignsService } from '../campaigns/campaigns.service';
import { KitFileStore } from './kit-file-store';
import { KitOutputsRepository } from './kit-outputs.repository';
import { mayGenerateFor } from './kit.policy';

const NOT_FOUND = 'Diese Datei gibt es nicht (mehr).';

/** Downloads of generated files: same rules as campaign material (visibility, terms, scan), counted. */
@Injectable()
export class KitDownloadsService {
  constructor(
    private readonly outputs: KitOutputsRepository,
    private readonly campaigns: CampaignsService,
    private readonly files: KitFileStore,
    private readonly delivery: FileDelivery,
    private readonly clock: Clock,
  ) {}

  async download(user: SessionUser, outputId: string, request: Request, response: Response): Promise<void> {
    const found = await this.outputs.findForDownload(outputId);
    if (!found) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    const { output, campaign, source } = found;
    if (!mayGenerateFor(user, output.organisationId) || !maySeeCampaign(user, campaign.status))
      throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    await this.campaigns.assertTermsAccepted(user, [campaign]);
    // An output is only as clean as the template it was filled from.
    this.files.assertAvailable(source, user);
    // The Jobcenter's own download counts for the roll-out (not a coordinator fetching it for them).
    if (user.organisationId === output.organisationId && isFreshDownload(request))
      await this.outputs.countDownload(campaign.id, output.organisationId, this.clock.now());
    await this.delivery.send(request, response, output.file);
  }
}
