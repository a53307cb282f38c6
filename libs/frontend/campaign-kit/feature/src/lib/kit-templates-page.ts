import { HttpEvent } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  CAMPAIGN_KIT_LIMITS,
  KIT_ZONE_LABELS,
  KitCampaignOptionDto,
  KitTemplateSummaryDto,
  Permission,
} from '@portal/contracts';
import { CampaignKitApi } from '@portal/frontend/campaign-kit/data-access';
import { DateTimePipe, FileUpload } from '@portal/frontend/shared/ui';
import { CurrentUser, problemMessage } from '@portal/frontend/shared/util';
import { Observable } from 'rxjs';

/** /kampagnen/vorlagen — the personalisable templates; coordinators also upload new ones. */
@Component({
  selector: 'portal-kit-templates-page',
  imports: [RouterLink, FormsModule, FileUpload, DateTimePipe],
  templateUrl: './kit-templates-page.html',
  styleUrls: ['./kit.scss', './kit-templates-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KitTemplatesPage implements OnInit {
  private readonly api = inject(CampaignKitApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly mayManage = inject(CurrentUser).can(Permission.CampaignsManage);
  protected readonly zoneLabels = KIT_ZONE_LABELS;
  protected readonly titleLimit = CAMPAIGN_KIT_LIMITS.title;
  protected readonly templates = signal<KitTemplateSummaryDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<'loading' | 'idle' | 'error'>('loading');
  protected readonly campaigns = signal<KitCampaignOptionDto[]>([]);
  protected readonly campaignId = signal('');
  protected readonly title = signal('');

  protected readonly uploadTemplate = (file: File): Observable<HttpEvent<unknown>> =>
    this.api.createTemplate(file, this.campaignId(), this.title().trim());

  ngOnInit(): void {
    this.load();
    if (this.mayManage) {
      this.api
        .campaigns()
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe((campaigns) => {
          this.campaigns.set(campaigns);
          if (!this.campaignId() && campaigns[0]) this.campaignId.set(campaigns[0].id);
        });
    }
  }

  protected loadMore(): void {
    this.load(this.nextCursor() ?? undefined);
  }

  protected uploaded(): void {
    this.title.set('');
    this.templates.set([]);
    this.load();
  }

  protected errorText(error: unknown): string {
    return problemMessage(error, 'Die Vorlagen konnten nicht geladen werden.');
  }

  private load(cursor?: string): void {
    this.status.set('loading');
    this.api
      .templates(cursor)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.templates.update((items) => (cursor ? [...items, ...page.items] : page.items));
          this.nextCursor.set(page.nextCursor);
          this.status.set('idle');
        },
        error: () => this.status.set('error'),
      });
  }
}
