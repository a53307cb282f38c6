import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AssetVersionDto } from '@portal/contracts';
import { AssetUpload } from './asset-upload';

const version: AssetVersionDto = {
  id: 'v1',
  number: 1,
  note: null,
  createdAt: '2026-03-01T08:00:00.000Z',
  files: [],
  downloadable: true,
};

describe('AssetUpload', () => {
  it('says the file is being checked and stored between the last byte sent and the answer', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(AssetUpload);
    fixture.componentRef.setInput('assetId', 'a1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    // jsdom has no DataTransfer: a dropped file list is array-like.
    const files = [new File(['%PDF-1.7'], 'plakat.pdf', { type: 'application/pdf' })];
    const drop = new Event('drop') as DragEvent;
    Object.defineProperty(drop, 'dataTransfer', { value: { files } });
    element.querySelector('.drop')?.dispatchEvent(drop);
    await fixture.whenStable();

    const request = TestBed.inject(HttpTestingController).expectOne('/api/campaign-assets/a1/versions');
    const status = () => element.querySelector('[role="status"]')?.textContent ?? '';
    request.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 100 });
    await fixture.whenStable();
    expect(status()).toContain('wird hochgeladen … 50 %');
    expect(element.textContent).not.toContain('Wird geprüft und gespeichert');

    request.event({ type: HttpEventType.UploadProgress, loaded: 100, total: 100 });
    await fixture.whenStable();
    expect(status()).toBe('„plakat.pdf“: Wird geprüft und gespeichert …');
    expect(element.querySelector('.queue li')?.textContent).toContain('Wird geprüft und gespeichert …');

    request.flush(version, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(element.querySelector('.queue li')?.textContent).toContain('hochgeladen');
    expect(element.textContent).not.toContain('Wird geprüft und gespeichert');
  });
});
