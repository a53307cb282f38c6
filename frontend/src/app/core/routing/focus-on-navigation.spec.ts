import { ChangeDetectionStrategy, Component, ElementRef, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, RouterOutlet, provideRouter } from '@angular/router';
import { focusOnNavigation, pagePath } from './focus-on-navigation';

@Component({ template: '<h1>Seite</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class Page {}

@Component({
  imports: [RouterOutlet],
  template: '<a href="/a">Link</a><main #main tabindex="-1"><router-outlet /></main>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Shell {
  readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  constructor() {
    focusOnNavigation(() => this.main().nativeElement);
  }
}

describe('focusOnNavigation', () => {
  let router: Router;
  let main: HTMLElement;
  let link: HTMLElement;

  async function go(url: string): Promise<void> {
    await router.navigateByUrl(url);
    await fixture.whenStable();
  }

  let fixture: ReturnType<typeof TestBed.createComponent<Shell>>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'a', component: Page },
          { path: 'b', component: Page },
        ]),
      ],
    });
    fixture = TestBed.createComponent(Shell);
    document.body.appendChild(fixture.nativeElement);
    router = TestBed.inject(Router);
    await fixture.whenStable();
    main = fixture.componentInstance.main().nativeElement;
    link = fixture.nativeElement.querySelector('a');
  });

  afterEach(() => fixture.nativeElement.remove());

  it('leaves focus alone on the first load', async () => {
    link.focus();
    await go('/a');
    expect(document.activeElement).toBe(link);
  });

  it('moves focus to main when another page opens', async () => {
    await go('/a');
    link.focus();
    await go('/b');
    expect(document.activeElement).toBe(main);
  });

  it('keeps focus (e.g. in a search field) when only the query changes', async () => {
    await go('/a');
    link.focus();
    await go('/a?q=offenbach');
    expect(document.activeElement).toBe(link);
  });

  it.each([
    ['/jobcenter?land=Hessen', '/jobcenter'],
    ['/jobcenter#kontakt', '/jobcenter'],
    ['/', '/'],
  ])('pagePath(%s) = %s', (url, path) => {
    expect(pagePath(url)).toBe(path);
  });
});
