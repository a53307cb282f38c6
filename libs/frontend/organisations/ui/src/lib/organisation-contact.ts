import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Icon } from '@portal/frontend/shared/ui';
import { OrganisationDto } from '@portal/contracts';
import { externalUrl } from './external-url';

/** Address and contact details of an organisation, as far as the directory has them. */
@Component({
  selector: 'portal-organisation-contact',
  imports: [Icon],
  templateUrl: './organisation-contact.html',
  styleUrl: './organisation-contact.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationContact {
  readonly organisation = input.required<OrganisationDto>();

  protected readonly website = computed(() => externalUrl(this.organisation().website));
  protected readonly websiteLabel = computed(() =>
    this.website()
      ?.replace(/^https?:\/\//, '')
      .replace(/\/$/, ''),
  );
  protected readonly cityLine = computed(() =>
    [this.organisation().postalCode, this.organisation().city].filter(Boolean).join(' '),
  );
  protected readonly phoneHref = computed(() => {
    const phone = this.organisation().phone;
    return phone ? `tel:${phone.replace(/[^\d+]/g, '')}` : null;
  });
  protected readonly hasAddress = computed(() => Boolean(this.organisation().street || this.cityLine()));
  protected readonly hasAnything = computed(
    () =>
      this.hasAddress() || Boolean(this.organisation().email || this.organisation().phone || this.website()),
  );
}
