import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  BUNDESLAENDER,
  NATIONAL_STATE,
  ORGANISATION_CATEGORIES,
  OrganisationCategory,
  OrganisationDto,
  OrganisationImportResultDto,
  OrganisationKind,
  OrganisationState,
} from '@portal/contracts';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import { problemMessage } from '@portal/frontend/shared/util';
import { catchError, of } from 'rxjs';
import { AdministrationNav } from './administration-nav';

/**
 * /verwaltung/organisationen — the directory's administration: CSV import with preview and a
 * per-row report, create, merge (Kreisreform) and export.
 */
@Component({
  selector: 'portal-organisation-admin-page',
  imports: [FormsModule, RouterLink, AdministrationNav],
  templateUrl: './organisation-admin-page.html',
  styleUrl: './organisation-admin-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationAdminPage {
  private readonly api = inject(OrganisationsApi);

  protected readonly states: readonly OrganisationState[] = [...BUNDESLAENDER, NATIONAL_STATE];
  protected readonly categories = ORGANISATION_CATEGORIES;
  protected readonly exportUrl = this.api.exportUrl;

  // Import
  protected readonly file = signal<File | null>(null);
  protected readonly report = signal<OrganisationImportResultDto | null>(null);
  protected readonly importError = signal<string | null>(null);
  protected readonly importing = signal(false);
  protected readonly problemRows = computed(
    () => this.report()?.rows.filter((row) => row.errors.length > 0 || row.warnings.length > 0) ?? [],
  );
  protected readonly mayCommit = computed(() => {
    const report = this.report();
    return (
      !!report &&
      report.dryRun &&
      report.fileErrors.length === 0 &&
      report.errorRows === 0 &&
      report.created > 0
    );
  });

  // Create
  protected readonly createForm = {
    name: '',
    kind: 'jobcenter' as OrganisationKind,
    state: 'Hessen' as OrganisationState,
    category: 'Landkreis' as OrganisationCategory,
  };
  protected readonly createMessage = signal<string | null>(null);

  // Merge
  protected readonly organisations = signal<OrganisationDto[]>([]);
  protected readonly mergeForm = { sourceId: '', targetId: '' };
  protected readonly mergeMessage = signal<string | null>(null);
  protected readonly confirmMerge = signal(false);

  constructor() {
    this.reloadOrganisations();
  }

  protected onFile(input: HTMLInputElement): void {
    this.file.set(input.files?.[0] ?? null);
    this.report.set(null);
    this.importError.set(null);
  }

  protected preview(): void {
    this.runImport(true);
  }

  protected commit(): void {
    this.runImport(false);
  }

  protected create(event: Event): void {
    event.preventDefault();
    this.createMessage.set(null);
    this.api.create({ ...this.createForm, name: this.createForm.name.trim() }).subscribe({
      next: (created) => {
        this.createMessage.set(`„${created.name}“ wurde angelegt.`);
        this.createForm.name = '';
        this.reloadOrganisations();
      },
      error: (error: unknown) =>
        this.createMessage.set(problemMessage(error, 'Die Organisation wurde nicht angelegt.')),
    });
  }

  protected merge(event: Event): void {
    event.preventDefault();
    const { sourceId, targetId } = this.mergeForm;
    if (!sourceId || !targetId) {
      this.mergeMessage.set('Bitte wählen Sie beide Organisationen.');
      return;
    }
    if (!this.confirmMerge()) {
      this.mergeMessage.set('Bitte bestätigen Sie die Zusammenführung.');
      return;
    }
    this.api.merge(sourceId, targetId).subscribe({
      next: (result) => {
        const moved = Object.values(result.moved).reduce((sum, count) => sum + count, 0);
        this.mergeMessage.set(`Zusammengeführt in „${result.target.name}“: ${moved} Einträge übertragen.`);
        this.confirmMerge.set(false);
        this.mergeForm.sourceId = '';
        this.reloadOrganisations();
      },
      error: (error: unknown) =>
        this.mergeMessage.set(problemMessage(error, 'Die Zusammenführung ist fehlgeschlagen.')),
    });
  }

  private runImport(dryRun: boolean): void {
    const file = this.file();
    if (!file || this.importing()) return;
    this.importing.set(true);
    this.importError.set(null);
    this.api.importCsv(file, dryRun).subscribe({
      next: (report) => {
        this.importing.set(false);
        this.report.set(report);
        if (report.committed) this.reloadOrganisations();
      },
      error: (error: unknown) => {
        this.importing.set(false);
        this.importError.set(problemMessage(error, 'Die Datei konnte nicht geprüft werden.'));
      },
    });
  }

  private reloadOrganisations(): void {
    this.api
      .all()
      .pipe(catchError(() => of([] as OrganisationDto[])))
      .subscribe((organisations) => this.organisations.set(organisations));
  }
}
