import { ChangeDetectionStrategy, Component, ElementRef, viewChild } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { AnnouncementBanner } from './core/layout/announcement-banner';
import { SiteFooter } from './core/layout/site-footer';
import { SiteHeader } from './core/layout/site-header';
import { focusOnNavigation } from './core/routing/focus-on-navigation';

/** Page frame: skip link, header, the routed page in <main>, footer. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, SiteHeader, AnnouncementBanner, SiteFooter],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    focusOnNavigation(() => this.main().nativeElement);
  }

  /**
   * The skip link keeps its `href` for semantics, but focuses <main> itself: a fragment change
   * would be a router navigation, and the router's scroll-to-top would undo the jump.
   */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    const main = this.main().nativeElement;
    main.focus({ preventScroll: true });
    main.scrollIntoView();
  }
}
