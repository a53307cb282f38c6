import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AssetDto } from '@portal/contracts';
import { AssetEditorPage } from './asset-editor-page';

const campaign = {
  id: 'c1',
  name: 'Kampagne',
  status: 'active',
  startsOn: '2026-01-01',
  endsOn: null,
} as const;

describe('AssetEditorPage: replacement', () => {
  it('offers the other assets of the same campaign as replacement and saves the choice', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(AssetEditorPage);
    fixture.componentRef.setInput('id', 'a1');
    await fixture.whenStable();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/campaigns').flush({ items: [campaign] });
    http.expectOne('/api/campaign-assets/a1').flush({
      id: 'a1',
      title: 'Altes Plakat',
      type: 'flyer',
      description: '',
      altText: 'Rotes Plakat',
      tags: [],
      availableFrom: null,
      expiresAt: null,
      roles: [],
      replacementId: null,
      replacement: null,
      campaign,
      version: 4,
    } as unknown as AssetDto);
    await fixture.whenStable();
    http
      .expectOne(
        (r) =>
          r.url === '/api/campaign-assets' &&
          r.params.get('campaignId') === 'c1' &&
          r.params.get('sort') === 'title',
      )
      .flush({
        items: [
          { id: 'a1', title: 'Altes Plakat' },
          { id: 'a2', title: 'Neues Plakat' },
        ],
        nextCursor: null,
      });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const select = element.querySelector('select[name="replacementId"]') as HTMLSelectElement;
    expect(select.labels?.[0]?.textContent).toContain('Ersetzt durch');
    // Not the asset itself.
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual([
      '– nicht ersetzt –',
      'Neues Plakat',
    ]);
    select.value = 'a2';
    select.dispatchEvent(new Event('change'));
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/campaign-assets/a1');
    expect(put.request.body).toMatchObject({ replacementId: 'a2', version: 4 });
  });
});
