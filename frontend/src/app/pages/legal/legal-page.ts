import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  ACCESSIBILITY_FEEDBACK_MAX_LENGTH,
  BrowserPaths,
  LegalPageDto,
  LegalPageSlug,
  MarkdownPreviewDto,
  Permission,
  ProblemDto,
} from '@portal/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { AccessibilityFeedbackForm } from './accessibility-feedback-form';

function problemText(error: unknown, fallback: string): string {
  if (error instanceof HttpErrorResponse) {
    const problem = error.error as Partial<ProblemDto> | null;
    return problem?.detail ?? problem?.title ?? fallback;
  }
  return fallback;
}

/**
 * /impressum, /datenschutz, /barrierefreiheit — readable by everyone (also signed out); admins
 * edit the Markdown with a preview rendered by the server. The accessibility statement carries
 * the feedback form.
 */
@Component({
  selector: 'app-legal-page',
  imports: [FormsModule, AccessibilityFeedbackForm],
  templateUrl: './legal-page.html',
  styleUrl: './legal-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LegalPage implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);

  /** From the route's data. */
  readonly slug = input.required<LegalPageSlug>();

  protected readonly page = signal<LegalPageDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly editing = signal(false);
  protected readonly draft = signal('');
  protected readonly previewHtml = signal<string | null>(null);
  protected readonly saveMessage = signal<string | null>(null);
  protected readonly saveError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly mayEdit = computed(() => this.auth.can(Permission.LegalPagesEdit));
  protected readonly signedIn = this.auth.isSignedIn;
  protected readonly isAccessibility = computed(() => this.slug() === 'barrierefreiheit');
  protected readonly feedbackMax = ACCESSIBILITY_FEEDBACK_MAX_LENGTH;

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.page.set(
        await firstValueFrom(this.http.get<LegalPageDto>(`${BrowserPaths.legalPages}/${this.slug()}`)),
      );
    } catch (error) {
      this.loadError.set(problemText(error, 'Die Seite konnte nicht geladen werden.'));
    }
  }

  protected startEditing(): void {
    this.draft.set(this.page()?.body ?? '');
    this.previewHtml.set(null);
    this.saveMessage.set(null);
    this.saveError.set(null);
    this.editing.set(true);
  }

  protected async preview(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.http.post<MarkdownPreviewDto>(`${BrowserPaths.legalPages}/preview`, { body: this.draft() }),
      );
      this.previewHtml.set(result.bodyHtml);
    } catch (error) {
      this.saveError.set(problemText(error, 'Die Vorschau ist gerade nicht verfügbar.'));
    }
  }

  protected async save(): Promise<void> {
    const page = this.page();
    if (!page) return;
    this.busy.set(true);
    this.saveError.set(null);
    try {
      const saved = await firstValueFrom(
        this.http.put<LegalPageDto>(`${BrowserPaths.legalPages}/${page.slug}`, {
          body: this.draft(),
          version: page.version,
        }),
      );
      this.page.set(saved);
      this.editing.set(false);
      this.saveMessage.set('Gespeichert.');
    } catch (error) {
      this.saveError.set(problemText(error, 'Speichern ist fehlgeschlagen.'));
    } finally {
      this.busy.set(false);
    }
  }
}
