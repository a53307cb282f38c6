import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { HttpErrorResponse, HttpEvent } from '@angular/common/http';
import {
  CAMPAIGN_KIT_LIMITS,
  KitDataDto,
  KitFormat,
  KitOutputDto,
  KitProfileDto,
  KitTemplateDto,
  Permission,
  TERMS_REQUIRED_CODE,
} from '@portal/contracts';
import { CampaignKitApi } from '@portal/frontend/campaign-kit/data-access';
import { CampaignsApi } from '@portal/frontend/campaigns/data-access';
import { TermsDialog } from '@portal/frontend/campaigns/terms';
import { FileSizePipe, FileUpload } from '@portal/frontend/shared/ui';
import { CurrentUser, problemMessage } from '@portal/frontend/shared/util';
import {
  Observable,
  Subject,
  Subscription,
  catchError,
  debounceTime,
  of,
  switchMap,
  take,
  takeWhile,
  tap,
  timer,
} from 'rxjs';
import { KitBulkPanel } from './kit-bulk-panel';

type DataForm = { [K in keyof KitDataDto]: FormControl<string> };

/** While the logo is scanned: ask again every 3 s, for at most 5 minutes (a reload asks again). */
const LOGO_SCAN_POLL_MS = 3000;
const LOGO_SCAN_POLL_MAX = 100;

/**
 * /kampagnen/vorlagen/:id — „Für mein Jobcenter anpassen“: the fields come from the Jobcenter's
 * profile and may be changed for this file only; the preview follows (debounced); the print PDF
 * and the PNG for social media are generated on request (and reused when nothing changed).
 */
@Component({
  selector: 'portal-kit-personalise-page',
  imports: [ReactiveFormsModule, RouterLink, FileUpload, FileSizePipe, KitBulkPanel, TermsDialog],
  templateUrl: './kit-personalise-page.html',
  styleUrls: ['./kit.scss', './kit-personalise-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KitPersonalisePage implements OnInit {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(CampaignKitApi);
  private readonly campaigns = inject(CampaignsApi);
  private readonly terms = viewChild(TermsDialog);
  private readonly destroyRef = inject(DestroyRef);
  private readonly user = inject(CurrentUser);

  protected readonly limits = CAMPAIGN_KIT_LIMITS;
  protected readonly mayManage = this.user.can(Permission.CampaignsManage);
  protected readonly template = signal<KitTemplateDto | null>(null);
  protected readonly profile = signal<KitProfileDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly previewUrl = signal<string | null>(null);
  protected readonly previewStatus = signal('');
  protected readonly previewError = signal<string | null>(null);
  protected readonly generating = signal<KitFormat | null>(null);
  protected readonly outputs = signal<Partial<Record<KitFormat, KitOutputDto>>>({});
  protected readonly generateStatus = signal('');
  protected readonly generateError = signal<string | null>(null);
  /** Whether the campaign's usage terms are accepted; null until known (the server checks anyway). */
  protected readonly termsAccepted = signal<boolean | null>(null);
  /** The file to create once the terms dialog has been accepted. */
  private pendingFormat: KitFormat | null = null;
  protected readonly profileStatus = signal('');
  protected readonly profileError = signal<string | null>(null);
  /**
   * Why the kit cannot use the logo yet (the server answers 409 while it is scanned, 403 when the
   * scan blocked it); null when there is none or it is usable.
   */
  protected readonly logoScanNote = computed(() => {
    const scan = this.profile()?.logoScan;
    if (!scan || scan.available) return null;
    if (scan.status === 'pending')
      return {
        blocked: false,
        text: 'Logo wird auf Schadsoftware geprüft … Material mit Logo können Sie danach erstellen.',
      };
    const reason = scan.label.replace(/ – gesperrt$/, '');
    const detail = scan.detail ? ` (${scan.detail})` : '';
    return {
      blocked: true,
      text: `Logo gesperrt: ${reason}${detail}. Bitte laden Sie ein anderes Logo hoch.`,
    };
  });
  protected readonly noOrganisation = computed(() => !this.user.me()?.organisation && !this.mayManage);
  /** Coordinators may personalise for any Jobcenter. */
  protected readonly jobcenters = signal<{ id: string; name: string }[]>([]);
  protected readonly selectedOrganisationId = signal<string>('');
  protected readonly selectedListed = computed(() =>
    this.jobcenters().some((jobcenter) => jobcenter.id === this.selectedOrganisationId()),
  );

  protected readonly form = new FormGroup<DataForm>({
    name: new FormControl('', { nonNullable: true }),
    address: new FormControl('', { nonNullable: true }),
    openingHours: new FormControl('', { nonNullable: true }),
    phone: new FormControl('', { nonNullable: true }),
    website: new FormControl('', { nonNullable: true }),
  });

  private readonly previewRequests = new Subject<void>();
  private logoScanPolling?: Subscription;

  protected readonly uploadLogo = (file: File): Observable<HttpEvent<unknown>> =>
    this.api.uploadLogo(this.organisationId(), file);

  constructor() {
    this.previewRequests
      .pipe(
        debounceTime(500),
        tap(() => {
          this.previewStatus.set('Vorschau wird erstellt …');
          this.previewError.set(null);
        }),
        switchMap(() =>
          this.api.preview(this.id(), { organisationId: this.organisationId(), data: this.data() }).pipe(
            catchError((error: unknown) => {
              this.previewError.set(problemMessage(error, 'Die Vorschau konnte nicht erstellt werden.'));
              this.previewStatus.set('');
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((url) => {
        if (!url) return;
        this.previewUrl.set(url);
        this.previewStatus.set('Vorschau aktualisiert.');
      });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      // A changed field makes earlier files stale.
      this.outputs.set({});
      this.previewRequests.next();
    });
  }

  ngOnInit(): void {
    const organisationId = this.user.me()?.organisation?.id;
    if (this.mayManage) this.loadJobcenters();
    this.api
      .template(this.id())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (template) => {
          this.template.set(template);
          this.loadTerms(template.campaign.id);
        },
        error: (error: unknown) =>
          this.loadError.set(problemMessage(error, 'Die Vorlage konnte nicht geladen werden.')),
      });
    if (organisationId) this.loadProfile(organisationId);
  }

  /** Coordinators: switch to another Jobcenter; its profile fills the fields. */
  protected chooseOrganisation(organisationId: string): void {
    if (organisationId) this.loadProfile(organisationId);
  }

  private loadJobcenters(cursor?: string): void {
    this.api
      .jobcenters(cursor)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((result) => {
        this.jobcenters.update((list) => [...list, ...result.items.map(({ id, name }) => ({ id, name }))]);
        if (result.nextCursor) this.loadJobcenters(result.nextCursor);
      });
  }

  private loadProfile(organisationId: string): void {
    this.selectedOrganisationId.set(organisationId);
    this.api
      .profile(organisationId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (profile) => {
          if (!this.stillSelected(organisationId)) return;
          this.profile.set(profile);
          this.form.setValue(profile.data);
          this.watchLogoScan(profile);
        },
        error: (error: unknown) => {
          if (!this.stillSelected(organisationId)) return;
          this.loadError.set(
            problemMessage(error, 'Die Daten Ihres Jobcenters konnten nicht geladen werden.'),
          );
        },
      });
  }

  /** Creating a file is a download of campaign material: the terms come first, once. */
  protected generate(format: KitFormat): void {
    if (this.termsAccepted() === false) {
      this.askTerms(format);
      return;
    }
    const organisationId = this.organisationId();
    this.generating.set(format);
    this.generateError.set(null);
    this.generateStatus.set(format === 'pdf' ? 'Druck-PDF wird erstellt …' : 'PNG wird erstellt …');
    this.api
      .generate(this.id(), { organisationId, data: this.data(), format })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (output) => {
          this.generating.set(null);
          if (!this.stillSelected(organisationId)) {
            this.generateStatus.set('');
            return;
          }
          this.outputs.update((outputs) => ({ ...outputs, [format]: output }));
          const what = format === 'pdf' ? 'Das Druck-PDF' : 'Das PNG';
          this.generateStatus.set(
            `${what} ist fertig${output.cached ? ' (unverändert, bereits erstellt)' : ''}. Sie können es jetzt herunterladen.`,
          );
        },
        error: (error: unknown) => {
          this.generating.set(null);
          this.generateStatus.set('');
          if (!this.stillSelected(organisationId)) return;
          // The terms changed (or were never known): ask, then create the file.
          if (error instanceof HttpErrorResponse && error.error?.code === TERMS_REQUIRED_CODE) {
            this.termsAccepted.set(false);
            this.askTerms(format);
            return;
          }
          this.generateError.set(problemMessage(error, 'Die Datei konnte nicht erstellt werden.'));
        },
      });
  }

  protected termsDone(): void {
    this.termsAccepted.set(true);
    const format = this.pendingFormat;
    this.pendingFormat = null;
    if (format) this.generate(format);
  }

  private askTerms(format: KitFormat): void {
    this.pendingFormat = format;
    this.terms()?.open();
  }

  private loadTerms(campaignId: string): void {
    this.campaigns
      .campaign(campaignId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (campaign) => this.termsAccepted.set(campaign.termsAccepted),
        // Unknown: generating asks the server, which answers 409 when the terms are missing.
        error: () => this.termsAccepted.set(null),
      });
  }

  protected resetToProfile(): void {
    const profile = this.profile();
    if (profile) this.form.setValue(profile.data);
  }

  protected saveOpeningHours(): void {
    const organisationId = this.organisationId();
    this.profileError.set(null);
    this.api
      .saveOpeningHours(organisationId, this.form.controls.openingHours.value)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (profile) => {
          if (!this.stillSelected(organisationId)) return;
          this.profile.set(profile);
          this.profileStatus.set('Die Öffnungszeiten sind im Profil Ihres Jobcenters gespeichert.');
        },
        error: (error: unknown) =>
          this.profileError.set(
            problemMessage(error, 'Die Öffnungszeiten konnten nicht gespeichert werden.'),
          ),
      });
  }

  protected logoChanged(): void {
    const organisationId = this.organisationId();
    this.api
      .profile(organisationId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((profile) => {
        if (!this.stillSelected(organisationId)) return;
        this.profile.set(profile);
        this.profileStatus.set(profile.hasLogo ? 'Das Logo ist gespeichert.' : '');
        this.outputs.set({});
        this.previewRequests.next();
        this.watchLogoScan(profile);
      });
  }

  /**
   * While the scan of the logo is pending, asks for the profile again until it is decided; a
   * cleared logo then shows in the preview at once, a blocked one says why.
   */
  private watchLogoScan(profile: KitProfileDto): void {
    this.logoScanPolling?.unsubscribe();
    if (profile.logoScan?.status !== 'pending') return;
    const organisationId = profile.organisationId;
    this.logoScanPolling = timer(LOGO_SCAN_POLL_MS, LOGO_SCAN_POLL_MS)
      .pipe(
        take(LOGO_SCAN_POLL_MAX),
        switchMap(() => this.api.profile(organisationId)),
        takeWhile((next) => next.logoScan?.status === 'pending', true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (next) => {
          if (!this.stillSelected(organisationId) || next.logoScan?.status === 'pending') return;
          // The fields keep what the user typed meanwhile; only the logo's state is new.
          this.profile.set(next);
          if (next.logoScan?.available) {
            this.profileStatus.set('Das Logo ist geprüft und freigegeben.');
            this.outputs.set({});
            this.previewRequests.next();
          }
        },
        // The note stays „wird geprüft“; reloading the page asks again.
        error: () => undefined,
      });
  }

  protected removeLogo(): void {
    this.api
      .removeLogo(this.organisationId())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.logoChanged();
          this.profileStatus.set('Das Logo ist entfernt.');
        },
        error: (error: unknown) =>
          this.profileError.set(problemMessage(error, 'Das Logo konnte nicht entfernt werden.')),
      });
  }

  private organisationId(): string {
    return this.selectedOrganisationId() || this.user.me()?.organisation?.id || '';
  }

  /**
   * Whether an answer for `organisationId` still concerns the Jobcenter on screen: a coordinator
   * may switch meanwhile, and a late answer must not put another Jobcenter's name, profile or
   * file on the page.
   */
  private stillSelected(organisationId: string): boolean {
    return this.organisationId() === organisationId;
  }

  private data(): KitDataDto {
    return this.form.getRawValue();
  }
}
