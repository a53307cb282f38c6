import { HttpClient, HttpErrorResponse, HttpEvent, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, inject, signal, ChangeDetectionStrategy } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Observable } from 'rxjs';
import { FileUpload, uploadErrorMessage } from './file-upload';

@Component({
  imports: [FileUpload],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<portal-file-upload
    label="Anhang hinzufügen"
    hint="PDF bis 1 KB"
    [maxBytes]="1024"
    [upload]="send"
    (uploaded)="received.set($event)"
  />`,
})
class Host {
  private readonly http = inject(HttpClient);
  readonly received = signal<unknown>(null);
  readonly send = (file: File): Observable<HttpEvent<unknown>> => {
    const body = new FormData();
    body.append('file', file);
    return this.http.post('/upload', body, { reportProgress: true, observe: 'events' });
  };
}

describe('FileUpload', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    fixture = TestBed.createComponent(Host);
    http = TestBed.inject(HttpTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  function choose(file: File): void {
    const input = element.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    fixture.detectChanges();
  }

  it('labels the input and describes it with the hint', () => {
    const input = element.querySelector('input[type=file]') as HTMLInputElement;
    const label = element.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toContain('Anhang hinzufügen');
    expect(element.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toBe(
      'PDF bis 1 KB',
    );
  });

  it('shows progress, announces it and emits the created file', () => {
    choose(new File(['%PDF-1.7'], 'plan.pdf'));
    const request = http.expectOne('/upload');
    expect(request.request.body).toBeInstanceOf(FormData);
    request.event({ type: 1, loaded: 4, total: 8 });
    fixture.detectChanges();
    expect((element.querySelector('progress') as HTMLProgressElement).value).toBe(50);
    expect(element.querySelector('[role=status]')?.textContent).toContain(
      '„plan.pdf“ wird hochgeladen … 50 %',
    );
    request.flush({ id: 'f1', name: 'plan.pdf' });
    fixture.detectChanges();
    expect(fixture.componentInstance.received()).toEqual({ id: 'f1', name: 'plan.pdf' });
    expect(element.querySelector('[role=status]')?.textContent).toContain('„plan.pdf“ wurde hochgeladen.');
    expect(element.querySelector('progress')).toBeNull();
  });

  it('shows the German detail of a problem response as an alert', () => {
    choose(new File(['MZ'], 'rechnung.pdf'));
    http.expectOne('/upload').flush(
      {
        title: 'Dieses Format wird nicht unterstützt.',
        detail: 'Programme und Skripte können nicht hochgeladen werden.',
        status: 415,
      },
      { status: 415, statusText: 'Unsupported Media Type' },
    );
    fixture.detectChanges();
    const alert = element.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Programme und Skripte');
    const input = element.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(alert?.id);
    expect(fixture.componentInstance.received()).toBeNull();
  });

  it('refuses a file over the limit without sending it', () => {
    choose(new File([new Uint8Array(2048)], 'gross.pdf'));
    http.expectNone('/upload');
    expect(element.querySelector('[role=alert]')?.textContent).toContain('höchstens 1 KB');
  });

  it('explains failures without a problem body', () => {
    expect(uploadErrorMessage(new HttpErrorResponse({ status: 0 }))).toContain('Keine Verbindung');
    expect(uploadErrorMessage(new HttpErrorResponse({ status: 413, error: '<html>' }))).toBe(
      'Die Datei ist zu groß.',
    );
  });
});
