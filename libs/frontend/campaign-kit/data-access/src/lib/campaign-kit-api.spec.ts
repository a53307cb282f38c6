import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CampaignKitApi } from './campaign-kit-api';

describe('CampaignKitApi', () => {
  let api: CampaignKitApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(CampaignKitApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('pages the templates with the cursor it was given', () => {
    api.templates('abc').subscribe();
    const request = http.expectOne((r) => r.url === '/api/campaign-kit/templates');
    expect(request.request.params.get('cursor')).toBe('abc');
    request.flush({ items: [], nextCursor: null });
  });

  it('turns the server-rendered preview into a data: URL (the CSP allows no blob: images)', async () => {
    const data = {
      name: 'Jobcenter Landkreis Biberach',
      address: '',
      openingHours: '',
      phone: '',
      website: '',
    };
    const url = new Promise<string>((resolve) =>
      api.preview('t1', { organisationId: 'o1', data }).subscribe(resolve),
    );
    const request = http.expectOne('/api/campaign-kit/templates/t1/preview');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ organisationId: 'o1', data });
    request.flush(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }));
    expect(await url).toMatch(/^data:image\/png;base64,/);
  });

  it('uploads a template as multipart with campaign and title', () => {
    api.createTemplate(new File(['%PDF-'], 'plakat.pdf'), 'c1', 'Plakat').subscribe();
    const request = http.expectOne('/api/campaign-kit/templates');
    const body = request.request.body as FormData;
    expect(body.get('campaignId')).toBe('c1');
    expect(body.get('title')).toBe('Plakat');
    expect((body.get('file') as File).name).toBe('plakat.pdf');
    request.flush({});
  });
});
