import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { signInHref } from '../../core/auth/sign-in';
import { NETWORK_FACTS } from './network-facts';

/** `/` for anonymous users: what the portal is, for whom, and the way in. */
@Component({
  selector: 'app-landing-page',
  imports: [MatAnchor],
  templateUrl: './landing-page.html',
  styleUrl: './landing-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LandingPage {
  /** `?returnTo=/jobcenter` — set by the guards, so sign-in leads back to the requested page. */
  readonly returnTo = input<string>();

  protected readonly facts = NETWORK_FACTS;
  protected readonly signInHref = computed(() => signInHref(this.returnTo()));
}
