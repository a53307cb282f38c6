import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PracticesApi } from './practices-api';

describe('PracticesApi', () => {
  let api: PracticesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(PracticesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends only the filters that are set (false and empty ones are left out)', () => {
    api
      .list({
        fieldId: 'f1',
        state: 'Hessen',
        sort: 'most-adopted',
        q: '',
        hasKeyFigures: false,
        cursor: 'c2',
      })
      .subscribe();
    const request = http.expectOne((r) => r.url === '/api/practices');
    expect(request.request.params.keys().sort()).toEqual(['cursor', 'fieldId', 'sort', 'state']);
    expect(request.request.params.get('state')).toBe('Hessen');
    request.flush({ items: [], nextCursor: null });
  });

  it('addresses an entry by its encoded id and sends the version with each workflow step', () => {
    api.submit('a/b', 3, true).subscribe();
    const submit = http.expectOne('/api/practices/a%2Fb/submit');
    expect(submit.request.method).toBe('POST');
    expect(submit.request.body).toEqual({ version: 3, confirmPrivacy: true });
    submit.flush({});

    api.returnToAuthor('p1', 4, 'Bitte Kennzahlen ergänzen').subscribe();
    const back = http.expectOne('/api/practices/p1/return');
    expect(back.request.body).toEqual({ version: 4, comment: 'Bitte Kennzahlen ergänzen' });
    back.flush({});
  });
});
