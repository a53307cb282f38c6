import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { OrganisationDto } from '@portal/contracts';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import { ORGANISATION_KIND_LABELS, OrganisationContact } from '@portal/frontend/organisations/ui';
import { Icon, NotFoundNotice, portalTitle } from '@portal/frontend/shared/ui';
import { switchMap } from 'rxjs';
import { LoadState, toLoadState } from '@portal/frontend/shared/util';

/** /jobcenter/:id — one organisation of the directory. */
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

  protected readonly kindLabels = ORGANISATION_KIND_LABELS;
  protected readonly load = toSignal(
    toObservable(this.id).pipe(switchMap((id) => toLoadState(this.api.get(id)))),
    {
      initialValue: { status: 'loading' } as LoadState<OrganisationDto>,
    },
  );
  protected readonly organisation = computed(() => {
    const load = this.load();
    return load.status === 'loaded' ? load.value : null;
  });
  /** An id that is unknown (404) or malformed (400) is a page that does not exist. */
  protected readonly notFound = computed(() => {
    const load = this.load();
    return load.status === 'error' && (load.httpStatus === 404 || load.httpStatus === 400);
  });

  constructor() {
    effect(() => {
      const organisation = this.organisation();
      if (organisation) this.title.setTitle(portalTitle(organisation.name));
      else if (this.notFound()) this.title.setTitle(portalTitle('Seite nicht gefunden'));
    });
  }
}
