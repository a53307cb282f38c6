import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  FILE_TEXT_MISSING_LABEL,
  PRACTICE_STATUS_LABELS,
  PRIVACY_FIELD_LABELS,
  PracticeAdoptionsDto,
  PracticeDto,
  PracticeVersionDto,
  PRIVACY_FINDING_LABELS,
  PrivacyFindingDto,
  SimilarPracticesDto,
} from '@portal/contracts';
import { CommentThread } from '@portal/frontend/comments/feature';
import { PracticesApi } from '@portal/frontend/practices/data-access';
import { PracticeCard, TextDiffView } from '@portal/frontend/practices/ui';
import { DateTimePipe, FileSizePipe, NotFoundNotice, portalTitle } from '@portal/frontend/shared/ui';
import { problemMessage } from '@portal/frontend/shared/util';
import { catchError, of, switchMap } from 'rxjs';
import { versionChanges } from './practice-version-diff';
import { privacyRequest } from './privacy-request';

/** /gute-praxis/:id — one entry with its workflow, adoptions, history, similar entries and comments. */
@Component({
  selector: 'portal-practice-detail-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButton,
    NotFoundNotice,
    DateTimePipe,
    FileSizePipe,
    PracticeCard,
    TextDiffView,
    CommentThread,
  ],
  templateUrl: './practice-detail-page.html',
  styleUrl: './practice-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticeDetailPage {
  readonly id = input.required<string>();

  private readonly api = inject(PracticesApi);
  private readonly title = inject(Title);
  private readonly router = inject(Router);

  protected readonly statusLabels = PRACTICE_STATUS_LABELS;
  protected readonly fieldLabels = PRIVACY_FIELD_LABELS;
  protected readonly findingLabels = PRIVACY_FINDING_LABELS;
  protected readonly textMissingLabel = FILE_TEXT_MISSING_LABEL;
  protected readonly practice = signal<PracticeDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly adoptions = signal<PracticeAdoptionsDto | null>(null);
  protected readonly similar = signal<SimilarPracticesDto | null>(null);
  protected readonly versions = signal<PracticeVersionDto[] | null>(null);
  protected readonly selectedVersion = signal<number | null>(null);
  /** Term labels by id, for the Zielgruppen and Handlungsfelder in the diff. */
  private readonly termLabels = signal<ReadonlyMap<string, string>>(new Map());
  /** Announced politely after each action. */
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly findings = signal<PrivacyFindingDto[] | null>(null);
  protected confirmPrivacy = false;
  protected returnComment = '';
  protected adoptionNote = '';
  protected reportReason = '';
  protected readonly reporting = signal(false);
  protected readonly adopting = signal(false);

  private readonly loaded = toSignal(
    toObservable(this.id).pipe(switchMap((id) => this.api.get(id).pipe(catchError(() => of(null))))),
  );

  protected readonly diff = computed(() => {
    const versions = this.versions();
    const selected = this.selectedVersion();
    if (!versions || selected === null) return null;
    const index = versions.findIndex((version) => version.version === selected);
    const after = versions[index];
    const before = versions[index + 1];
    if (!after) return null;
    return {
      after,
      before: before ?? null,
      fields: versionChanges(before?.content ?? null, after.content, this.termLabels()),
    };
  });

  constructor() {
    effect(() => {
      const loaded = this.loaded();
      if (loaded === undefined) return;
      if (loaded === null) {
        this.notFound.set(true);
        this.title.setTitle(portalTitle('Seite nicht gefunden'));
        return;
      }
      this.practice.set(loaded);
      this.title.setTitle(portalTitle(loaded.title));
      this.api.adoptions(loaded.id).subscribe((adoptions) => this.adoptions.set(adoptions));
      if (loaded.status === 'published')
        this.api.similar(loaded.id).subscribe((similar) => this.similar.set(similar));
    });
  }

  protected print(): void {
    window.print();
  }

  protected pdfUrl(practice: PracticeDto): string {
    return this.api.pdfUrl(practice.id);
  }

  protected submit(practice: PracticeDto): void {
    this.error.set(null);
    if (this.findings() === null) {
      this.api.privacyCheck(privacyRequest(practice, practice)).subscribe({
        next: (result) => {
          this.findings.set(result.findings);
          if (result.findings.length === 0) this.send(practice, false);
          else this.status.set('Bitte prüfen Sie die markierten Stellen, bevor Sie einreichen.');
        },
        error: (error: unknown) => this.error.set(problemMessage(error, 'Die Prüfung ist fehlgeschlagen.')),
      });
      return;
    }
    this.send(practice, this.confirmPrivacy);
  }

  protected publish(practice: PracticeDto): void {
    this.act(this.api.publish(practice.id, practice.version), 'Das Praxisbeispiel ist veröffentlicht.');
  }

  protected returnToAuthor(practice: PracticeDto): void {
    if (!this.returnComment.trim()) {
      this.error.set('Bitte schreiben Sie einen Kommentar für die Verfasserin oder den Verfasser.');
      return;
    }
    this.api.returnToAuthor(practice.id, practice.version, this.returnComment.trim()).subscribe({
      next: () => {
        this.status.set('Das Praxisbeispiel wurde mit Ihrem Kommentar zurückgegeben.');
        void this.router.navigate(['/gute-praxis/schreibtisch']);
      },
      error: (error: unknown) => this.error.set(problemMessage(error, 'Das hat nicht geklappt.')),
    });
  }

  protected archive(practice: PracticeDto): void {
    this.act(this.api.archive(practice.id, practice.version), 'Das Praxisbeispiel ist archiviert.');
  }

  protected toggleFollow(practice: PracticeDto): void {
    this.error.set(null);
    this.api.follow(practice.id, !practice.following).subscribe({
      next: ({ following }) => {
        this.practice.set({ ...practice, following });
        this.status.set(
          following ? 'Sie folgen diesem Praxisbeispiel.' : 'Sie folgen diesem Praxisbeispiel nicht mehr.',
        );
      },
      error: (error: unknown) =>
        this.failed(practice, error, 'Folgen konnte nicht geändert werden. Bitte versuchen Sie es erneut.'),
    });
  }

  protected toggleBookmark(practice: PracticeDto): void {
    this.error.set(null);
    this.api.bookmark(practice.id, !practice.bookmarked).subscribe({
      next: ({ bookmarked }) => {
        this.practice.set({ ...practice, bookmarked });
        this.status.set(bookmarked ? 'Auf Ihre Merkliste gesetzt.' : 'Von Ihrer Merkliste entfernt.');
      },
      error: (error: unknown) =>
        this.failed(
          practice,
          error,
          'Die Merkliste konnte nicht geändert werden. Bitte versuchen Sie es erneut.',
        ),
    });
  }

  protected toggleHelpful(practice: PracticeDto): void {
    this.error.set(null);
    this.api.helpful(practice.id, !practice.helpfulByMe).subscribe({
      next: ({ count, mine }) => {
        this.practice.set({ ...practice, helpfulCount: count, helpfulByMe: mine });
        this.status.set(mine ? 'Als hilfreich markiert.' : 'Markierung „hilfreich“ entfernt.');
      },
      error: (error: unknown) =>
        this.failed(
          practice,
          error,
          'Die Markierung „hilfreich“ konnte nicht geändert werden. Bitte versuchen Sie es erneut.',
        ),
    });
  }

  protected adopt(practice: PracticeDto): void {
    this.api.adopt(practice.id, this.adoptionNote.trim()).subscribe({
      next: (adoptions) => {
        this.adoptions.set(adoptions);
        this.practice.set({ ...practice, adoptedByMyOrganisation: true, adoptionCount: adoptions.count });
        this.adopting.set(false);
        this.status.set(
          'Ihre Übernahme ist eingetragen. Die Verfasserin oder der Verfasser wird benachrichtigt.',
        );
      },
      error: (error: unknown) =>
        this.error.set(problemMessage(error, 'Die Übernahme konnte nicht gespeichert werden.')),
    });
  }

  protected unadopt(practice: PracticeDto): void {
    this.error.set(null);
    this.api.unadopt(practice.id).subscribe({
      next: (adoptions) => {
        this.adoptions.set(adoptions);
        this.practice.set({ ...practice, adoptedByMyOrganisation: false, adoptionCount: adoptions.count });
        this.status.set('Ihre Übernahme wurde zurückgenommen.');
      },
      error: (error: unknown) =>
        this.failed(practice, error, 'Die Übernahme konnte nicht zurückgenommen werden.'),
    });
  }

  /** A toggle that did not go through keeps its previous state, and says why in the alert. */
  private failed(practice: PracticeDto, error: unknown, fallback: string): void {
    this.practice.set(practice);
    this.status.set('');
    this.error.set(problemMessage(error, fallback));
  }

  protected report(practice: PracticeDto): void {
    if (!this.reportReason.trim()) {
      this.error.set('Bitte beschreiben Sie kurz, was nicht stimmt.');
      return;
    }
    this.api.report(practice.id, this.reportReason.trim()).subscribe({
      next: () => {
        this.reporting.set(false);
        this.reportReason = '';
        this.status.set('Danke. Die Koordination sieht sich das an.');
      },
      error: (error: unknown) =>
        this.error.set(problemMessage(error, 'Die Meldung konnte nicht gesendet werden.')),
    });
  }

  protected showHistory(practice: PracticeDto): void {
    this.api.versions(practice.id).subscribe((list) => {
      this.versions.set(list.items);
      this.selectedVersion.set(list.items[0]?.version ?? null);
    });
    this.api
      .taxonomies()
      .subscribe((taxonomies) =>
        this.termLabels.set(
          new Map(
            taxonomies.items.flatMap((taxonomy) => taxonomy.terms.map((term) => [term.id, term.label])),
          ),
        ),
      );
  }

  protected selectVersion(value: string): void {
    this.selectedVersion.set(Number(value));
  }

  private send(practice: PracticeDto, confirmPrivacy: boolean): void {
    this.act(
      this.api.submit(practice.id, practice.version, confirmPrivacy),
      'Eingereicht. Die Redaktion Ihres Jobcenters prüft das Praxisbeispiel.',
    );
  }

  private act(call: ReturnType<PracticesApi['publish']>, done: string): void {
    this.error.set(null);
    call.subscribe({
      next: (updated) => {
        this.practice.set(updated);
        this.findings.set(null);
        this.status.set(done);
      },
      error: (error: unknown) => this.error.set(problemMessage(error, 'Das hat nicht geklappt.')),
    });
  }
}
