import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CampaignDto, KitBulkRunDto } from '@portal/contracts';
import { KitBulkPanel } from './kit-bulk-panel';

const RUN: KitBulkRunDto = {
  id: 'r1',
  templateId: 't1',
  status: 'running',
  total: 53,
  done: 10,
  failed: 0,
  zipUrl: null,
  createdAt: '2026-11-25T18:00:00.000Z',
  finishedAt: null,
};

describe('KitBulkPanel', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  });
  afterEach(() => jest.useRealTimers());
  beforeAll(() => {
    // jsdom has no modal dialogs.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
      this.dispatchEvent(new Event('close'));
    };
  });

  it('starts a run, announces progress politely and offers the ZIP when done', () => {
    const fixture = TestBed.createComponent(KitBulkPanel);
    fixture.componentRef.setInput('templateId', 't1');
    fixture.componentRef.setInput('campaignId', 'c1');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const element = fixture.nativeElement as HTMLElement;

    element.querySelector('button')!.click();
    http.expectOne('/api/campaign-kit/templates/t1/bulk-runs').flush(RUN);
    fixture.detectChanges();
    const status = element.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Läuft: 10 von 53 Jobcentern erstellt.');
    expect(element.querySelector('button')!.disabled).toBe(true);

    jest.advanceTimersByTime(1500);
    http
      .expectOne('/api/campaign-kit/bulk-runs/r1')
      .flush({ ...RUN, status: 'done', done: 53, zipUrl: '/api/campaign-kit/bulk-runs/r1/zip' });
    fixture.detectChanges();
    expect(status.textContent).toContain('Fertig: 53 von 53 Jobcentern erstellt.');
    expect(element.querySelector('a')!.getAttribute('href')).toBe('/api/campaign-kit/bulk-runs/r1/zip');
    jest.advanceTimersByTime(3000);
    http.verify();
  });

  it('opens the terms dialog instead of an error when the campaign’s terms are missing, then starts', () => {
    const fixture = TestBed.createComponent(KitBulkPanel);
    fixture.componentRef.setInput('templateId', 't1');
    fixture.componentRef.setInput('campaignId', 'c1');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const element = fixture.nativeElement as HTMLElement;

    element.querySelector('button')!.click();
    http.expectOne('/api/campaign-kit/templates/t1/bulk-runs').flush(
      {
        type: 'urn:portal:problem:campaign-terms-required',
        title: 'Nutzungsbedingungen',
        status: 409,
        code: 'campaign-terms-required',
        detail: 'Bitte lesen und akzeptieren Sie zuerst die Nutzungsbedingungen der Kampagne „K“.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    http.expectOne('/api/campaigns/c1').flush({
      id: 'c1',
      name: 'K',
      usageTerms: 'Text',
      termsVersion: 3,
      termsAccepted: false,
    } as CampaignDto);
    fixture.detectChanges();
    expect(element.querySelector('[role="alert"]')).toBeNull();
    const dialog = element.querySelector('dialog')!;
    expect(dialog.open).toBe(true);

    Array.from(dialog.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('akzeptieren'))!
      .click();
    const acceptance = http.expectOne('/api/campaigns/c1/terms-acceptance');
    expect(acceptance.request.body).toEqual({ termsVersion: 3 });
    acceptance.flush({});
    http.expectOne('/api/campaign-kit/templates/t1/bulk-runs').flush(RUN);
    fixture.detectChanges();
    expect(dialog.open).toBe(false);
    expect(element.querySelector('[role="status"]')!.textContent).toContain('Läuft: 10 von 53');
    http.verify();
  });
});
