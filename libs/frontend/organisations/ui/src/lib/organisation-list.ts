import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OrganisationDto } from '@portal/contracts';
import { ORGANISATION_KIND_LABELS } from './organisation-labels';

/**
 * Directory results as a list of entries (a list reflows to 320 px without horizontal scrolling,
 * unlike a four-column table). Each name is a heading, so screen-reader users can jump between
 * entries, and links to the detail page relative to the current route (`/jobcenter/:id`).
 */
@Component({
  selector: 'portal-organisation-list',
  imports: [RouterLink],
  templateUrl: './organisation-list.html',
  styleUrl: './organisation-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationList {
  readonly organisations = input.required<readonly OrganisationDto[]>();
  protected readonly kindLabels = ORGANISATION_KIND_LABELS;
}
