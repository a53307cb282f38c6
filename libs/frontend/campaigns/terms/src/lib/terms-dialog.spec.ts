import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CampaignDto } from '@portal/contracts';
import { TermsDialog } from './terms-dialog';

const CAMPAIGN = {
  id: 'c1',
  name: 'Stark. Sozial. Vor Ort.',
  usageTerms: 'Nur für die Öffentlichkeitsarbeit der Jobcenter.',
  termsVersion: 2,
  termsAccepted: false,
} as CampaignDto;

describe('TermsDialog', () => {
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

  function setUp() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(TermsDialog);
    fixture.componentRef.setInput('campaignId', 'c1');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const accept = () =>
      Array.from(element.querySelectorAll('button'))
        .find((b) => b.textContent?.includes('akzeptieren'))!
        .click();
    return { fixture, element, accept, http: TestBed.inject(HttpTestingController) };
  }

  it('shows the terms of the campaign, records the acceptance of that version and reports it', () => {
    const { fixture, element, accept, http } = setUp();
    const accepted: CampaignDto[] = [];
    fixture.componentInstance.accepted.subscribe((campaign) => accepted.push(campaign));

    fixture.componentInstance.open();
    http.expectOne('/api/campaigns/c1').flush(CAMPAIGN);
    fixture.detectChanges();
    const dialog = element.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('„Stark. Sozial. Vor Ort.“');
    expect(dialog.textContent).toContain('Fassung 2');

    accept();
    const request = http.expectOne('/api/campaigns/c1/terms-acceptance');
    expect(request.request.body).toEqual({ termsVersion: 2 });
    request.flush({ campaignId: 'c1', termsVersion: 2, acceptedAt: '2026-12-07T10:00:00.000Z' });
    fixture.detectChanges();
    expect(dialog.open).toBe(false);
    expect(accepted).toEqual([{ ...CAMPAIGN, termsAccepted: true }]);
    http.verify();
  });

  it('stays open with a German message when the acceptance fails', () => {
    const { fixture, element, accept, http } = setUp();
    fixture.componentInstance.open();
    http.expectOne('/api/campaigns/c1').flush(CAMPAIGN);
    fixture.detectChanges();
    accept();
    http
      .expectOne('/api/campaigns/c1/terms-acceptance')
      .flush(
        { status: 409, title: 'Konflikt', detail: 'Die Nutzungsbedingungen wurden inzwischen geändert.' },
        { status: 409, statusText: 'Conflict' },
      );
    fixture.detectChanges();
    expect((element.querySelector('dialog') as HTMLDialogElement).open).toBe(true);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('inzwischen geändert');
    http.verify();
  });
});
