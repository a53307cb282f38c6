import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { EVERYONE, ResourceDto, ResourceFileDto } from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { ResourceDetailPage } from './resource-detail-page';

const file = (name: string, textMissing: boolean | null): ResourceFileDto => ({
  id: `f-${name}`,
  name,
  mediaType: 'application/pdf',
  size: 2048,
  url: `/api/resources/r-1/files/f-${name}`,
  thumbnailUrl: null,
  scan: { status: 'clean', label: 'Geprüft', available: true, detail: null, scannedAt: null },
  textMissing,
});

function resource(edit: boolean, files: ResourceFileDto[]): ResourceDto {
  return {
    id: 'r-1',
    kind: 'guide',
    title: 'Leitfaden E-Akte',
    excerpt: 'Einstieg',
    topics: [],
    provider: { organisation: null, name: 'Testanbieter' },
    publishedOn: '2024-05-01',
    url: null,
    status: 'published',
    rating: { average: null, count: 0, mine: null },
    link: null,
    fileCount: files.length,
    demo: false,
    createdAt: '2026-03-01T09:00:00.000Z',
    description: 'Einstieg',
    descriptionHtml: '<p>Einstieg</p>',
    audience: EVERYONE,
    files,
    suggestedBy: null,
    reviewComment: null,
    publishedAt: '2026-03-01T09:00:00.000Z',
    version: 1,
    may: { edit, review: false, rate: false, comment: false },
  };
}

describe('ResourceDetailPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'digitalisierung/:id', component: ResourceDetailPage }],
          withComponentInputBinding(),
        ),
        { provide: CurrentUser, useValue: { me: signal(null), can: () => true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  async function open(dto: ResourceDto): Promise<HTMLElement> {
    await harness.navigateByUrl('/digitalisierung/r-1', ResourceDetailPage);
    http.expectOne('/api/resources/r-1').flush(dto);
    harness.detectChanges();
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  it('tells the coordination which file has no searchable text (a scanned PDF)', async () => {
    const el = await open(resource(true, [file('scan.pdf', true), file('text.pdf', false)]));
    const items = Array.from(el.querySelectorAll('.files li')).map((item) => item.textContent ?? '');
    expect(items[0]).toContain('Text nicht durchsuchbar (gescanntes PDF?)');
    expect(items[1]).not.toContain('nicht durchsuchbar');
  });

  it('shows no such note to readers (the API sends null)', async () => {
    const el = await open(resource(false, [file('scan.pdf', null)]));
    expect(el.querySelector('.files')?.textContent).not.toContain('nicht durchsuchbar');
  });
});
