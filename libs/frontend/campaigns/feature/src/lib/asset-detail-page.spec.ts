import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AssetDto } from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { AssetDetailPage } from './asset-detail-page';

const asset: AssetDto = {
  id: 'a1',
  title: 'Plakat „Stark. Sozial. Vor Ort.“',
  type: 'poster',
  tags: ['Plakat'],
  campaign: { id: 'c1', name: 'Kampagne 2018', status: 'active', startsOn: '2018-11-26', endsOn: null },
  state: 'available',
  roles: [],
  altText: 'Rotes Plakat',
  thumbnailUrl: '/api/campaign-assets/a1/preview/thumb?v=2',
  previewUrl: '/api/campaign-assets/a1/preview/large?v=2',
  formats: ['pdf'],
  availableFrom: null,
  expiresAt: null,
  latestVersion: 2,
  updatedAt: '2026-03-01T08:00:00.000Z',
  description: 'Zum Ausdrucken.',
  replacementId: null,
  replacement: null,
  versions: [
    {
      id: 'v2',
      number: 2,
      note: 'Korrigierte Zahlen',
      createdAt: '2026-03-01T08:00:00.000Z',
      downloadable: true,
      files: [
        {
          id: 'f2',
          name: 'plakat.pdf',
          mediaType: 'application/pdf',
          size: 1_572_864,
          url: '/api/campaign-assets/a1/files/f2',
          scan: { status: 'clean', label: 'Geprüft', available: true, detail: null, scannedAt: null },
          textMissing: null,
        },
      ],
    },
  ],
  termsAccepted: false,
  termsVersion: 1,
  version: 3,
  createdAt: '2026-02-01T08:00:00.000Z',
};

function setUp(manage: boolean) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: CurrentUser, useValue: { me: signal(null), can: () => manage } },
    ],
  });
  const fixture = TestBed.createComponent(AssetDetailPage);
  fixture.componentRef.setInput('id', 'a1');
  return fixture;
}

describe('AssetDetailPage', () => {
  beforeEach(() => localStorage.clear());

  it('shows the preview with its alt text and asks for the terms before the first download', async () => {
    const fixture = setUp(false);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/campaign-assets/a1').flush(asset);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Plakat');
    expect((element.querySelector('.preview img') as HTMLImageElement).alt).toBe('Rotes Plakat');
    // Not yet accepted: a button (opens the terms), no direct link.
    const button = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('PDF herunterladen'),
    );
    expect(button).toBeTruthy();
    expect(element.querySelector('a[download]')).toBeNull();
    expect(element.textContent).toContain('Vor dem ersten Download akzeptieren Sie bitte');
    // Staff see no upload area.
    expect(element.textContent).not.toContain('Dateien hochladen oder ersetzen');
  });

  it('offers a plain download link once the terms are accepted, and the basket toggle', async () => {
    const fixture = setUp(true);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/campaign-assets/a1')
      .flush({ ...asset, termsAccepted: true });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const link = element.querySelector('a[download]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/api/campaign-assets/a1/files/f2');
    const toggle = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Zur Auswahl hinzufügen'),
    );
    if (!toggle) throw new Error('no basket toggle');
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(element.textContent).toContain('Zur Auswahl hinzugefügt (1 in der Auswahl).');
    expect(element.textContent).toContain('Dateien hochladen oder ersetzen');
  });

  it('points prominently to the replacement and links each tag to the filtered gallery', async () => {
    const fixture = setUp(false);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/campaign-assets/a1')
      .flush({
        ...asset,
        tags: ['Plakat', 'Außenwerbung'],
        replacementId: 'a9',
        replacement: { id: 'a9', title: 'Plakat 2026' },
      });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const note = element.querySelector('.replaced');
    expect(note?.textContent).toContain('Dieses Material wurde ersetzt durch');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('/kampagnen/material/a9');
    expect(note?.querySelector('a')?.textContent).toBe('Plakat 2026');
    const tags = Array.from(element.querySelectorAll('.tags a'));
    expect(tags.map((a) => a.textContent?.trim())).toEqual(['Plakat', 'Außenwerbung']);
    expect(tags.map((a) => a.getAttribute('href'))).toEqual([
      '/kampagnen?schlagwort=Plakat',
      '/kampagnen?schlagwort=Au%C3%9Fenwerbung',
    ]);
  });

  it('shows no replacement note when there is none the user may see', async () => {
    const fixture = setUp(false);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/campaign-assets/a1').flush(asset);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('.replaced')).toBeNull();
  });

  it('tells coordinators at each variant which one has no searchable text, older versions too', async () => {
    const fixture = setUp(true);
    await fixture.whenStable();
    const [latest] = asset.versions;
    const variant = latest!.files[0]!;
    TestBed.inject(HttpTestingController)
      .expectOne('/api/campaign-assets/a1')
      .flush({
        ...asset,
        versions: [
          {
            ...latest,
            files: [
              { ...variant, id: 'f2', name: 'scan.pdf', textMissing: true },
              { ...variant, id: 'f3', name: 'text.pdf', textMissing: false },
            ],
          },
          {
            ...latest,
            id: 'v1',
            number: 1,
            files: [{ ...variant, id: 'f1', name: 'alt.pdf', textMissing: true }],
          },
        ],
      });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const variants = Array.from(element.querySelectorAll('.files li')).map((li) => li.textContent ?? '');
    expect(variants[0]).toContain('Text nicht durchsuchbar (gescanntes PDF?)');
    expect(variants[1]).not.toContain('nicht durchsuchbar');
    expect(element.querySelector('.history')?.textContent).toContain(
      'alt.pdf – Text nicht durchsuchbar (gescanntes PDF?)',
    );
  });

  it('shows no such note to readers (the API sends null)', async () => {
    const fixture = setUp(false);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/campaign-assets/a1').flush(asset);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).not.toContain('nicht durchsuchbar');
  });
});
