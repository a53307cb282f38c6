import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { CONTACT_TOPIC_LABELS, OrganisationProfileDto } from '@portal/contracts';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import { ORGANISATION_KIND_LABELS, OrganisationContact } from '@portal/frontend/organisations/ui';
import { Icon, NotFoundNotice, formatBerlinDateTime, portalTitle } from '@portal/frontend/shared/ui';
import { switchMap } from 'rxjs';
import { LoadState, toLoadState } from '@portal/frontend/shared/util';

/** /jobcenter/:id — one organisation of the directory: profile, contact persons, activity. */
@Component({
  selector: 'portal-organisation-detail-page',
  imports: [RouterLink, OrganisationContact, NotFoundNotice, Icon],
  templateUrl: './organisation-detail-page.html',
  styleUrl: './organisation-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationDetailPage {
  /** Route parameter, bound by `withComponentInputBinding()`. */
  readonly id = input.required<string>();

  private readonly api = inject(OrganisationsApi);
  private readonly title = inject(Title);
  private readonly router = inject(Router);

  protected readonly kindLabels = ORGANISATION_KIND_LABELS;
  protected readonly topicLabels = CONTACT_TOPIC_LABELS;
  protected readonly formatDate = (iso: string | null) =>
    iso ? formatBerlinDateTime(iso).split(',')[0] : '';
  protected readonly load = toSignal(
    toObservable(this.id).pipe(switchMap((id) => toLoadState(this.api.get(id)))),
    { initialValue: { status: 'loading' } as LoadState<OrganisationProfileDto> },
  );
  protected readonly organisation = computed(() => {
    const load = this.load();
    return load.status === 'loaded' ? load.value : null;
  });
  protected readonly logoUrl = computed(() => {
    const organisation = this.organisation();
    return organisation?.hasLogo ? `${this.api.logoUrl(organisation.id)}?v=${organisation.version}` : null;
  });
  protected readonly openingHours = computed(() => this.organisation()?.openingHours?.split('\n') ?? []);
  /** An id that is unknown (404) or malformed (400) is a page that does not exist. */
  protected readonly notFound = computed(() => {
    const load = this.load();
    return load.status === 'error' && (load.httpStatus === 404 || load.httpStatus === 400);
  });

  constructor() {
    effect(() => {
      const organisation = this.organisation();
      // A merged-away organisation (Kreisreform) leads to the one it became part of.
      if (organisation?.mergedIntoId) {
        void this.router.navigate(['/jobcenter', organisation.mergedIntoId], { replaceUrl: true });
        return;
      }
      if (organisation) this.title.setTitle(portalTitle(organisation.name));
      else if (this.notFound()) this.title.setTitle(portalTitle('Seite nicht gefunden'));
    });
  }
}
