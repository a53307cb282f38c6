import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  CreatePracticeRequest,
  FILE_TEXT_MISSING_LABEL,
  KeyFigureDto,
  PRACTICE_LIMITS,
  PRACTICE_TEXT_FIELDS,
  PRIVACY_FIELD_LABELS,
  PracticeDto,
  PracticeTextField,
  PRIVACY_FINDING_LABELS,
  PrivacyFindingDto,
  TaxonomyKey,
  TaxonomyListDto,
} from '@portal/contracts';
import { PracticesApi } from '@portal/frontend/practices/data-access';
import { FileUpload, FileUploadFn } from '@portal/frontend/shared/ui';
import { problemMessage } from '@portal/frontend/shared/util';
import { privacyRequest } from './privacy-request';

interface EditorModel {
  title: string;
  summary: string;
  situation: string;
  approach: string;
  results: string;
  duration: string;
  costs: string;
  partners: string;
  transferability: string;
  keyFigures: KeyFigureDto[];
  contact: { name: string; role: string; email: string; phone: string };
  targetGroupIds: string[];
  fieldIds: string[];
}

const LONG_FIELDS: [PracticeTextField, string][] = [
  ['situation', 'Was war das Problem, wen haben Sie nicht erreicht?'],
  ['approach', 'Wie gehen Sie vor? Schritte, Beteiligte, Aufwand.'],
  ['results', 'Was hat es gebracht? Kennzahlen können Sie unten eintragen.'],
];
const MORE_FIELDS: [PracticeTextField, string][] = [
  ['costs', 'Was kostet es, woher kommt das Geld?'],
  ['partners', 'Mit wem arbeiten Sie zusammen?'],
  ['transferability', 'Was braucht ein anderes Jobcenter, um es zu übernehmen?'],
];

/** /gute-praxis/neu and /gute-praxis/:id/bearbeiten — the form with all fields of an entry. */
@Component({
  selector: 'portal-practice-editor-page',
  imports: [FormsModule, MatButton, RouterLink, FileUpload],
  templateUrl: './practice-editor-page.html',
  styleUrl: './practice-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticeEditorPage implements OnInit {
  /** Route parameter when editing. */
  readonly id = input<string>();

  private readonly api = inject(PracticesApi);
  private readonly router = inject(Router);

  protected readonly limits = PRACTICE_LIMITS;
  protected readonly labels = PRACTICE_TEXT_FIELDS;
  protected readonly findingFieldLabels = PRIVACY_FIELD_LABELS;
  protected readonly longFields = LONG_FIELDS;
  protected readonly moreFields = MORE_FIELDS;
  protected readonly findingLabels = PRIVACY_FINDING_LABELS;
  protected readonly textMissingLabel = FILE_TEXT_MISSING_LABEL;
  protected readonly taxonomies = toSignal(this.api.taxonomies(), {
    initialValue: { items: [] } as TaxonomyListDto,
  });
  protected readonly fields = computed(
    () =>
      this.taxonomies().items.find((taxonomy) => taxonomy.key === TaxonomyKey.FieldsOfAction)?.terms ?? [],
  );
  protected readonly targetGroups = computed(
    () => this.taxonomies().items.find((taxonomy) => taxonomy.key === TaxonomyKey.TargetGroups)?.terms ?? [],
  );

  protected model: EditorModel = emptyModel();
  protected readonly existing = signal<PracticeDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly findings = signal<PrivacyFindingDto[] | null>(null);
  /** Published text reaches the network on saving, so the privacy guard runs first (as on submit). */
  protected readonly published = computed(() => this.existing()?.status === 'published');
  /** The editor confirmed that the shown findings are no client data. */
  protected confirmPrivacy = false;

  protected readonly uploadImage: FileUploadFn = (file) =>
    this.api.uploadImage(this.id() ?? '', file, this.altText);
  protected readonly uploadAttachment: FileUploadFn = (file) =>
    this.api.uploadAttachment(this.id() ?? '', file);
  protected altText = '';

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.loading.set(true);
    this.api.get(id).subscribe({
      next: (practice) => {
        this.existing.set(practice);
        this.model = {
          title: practice.title,
          summary: practice.summary,
          situation: practice.situation,
          approach: practice.approach,
          results: practice.results,
          duration: practice.duration,
          costs: practice.costs,
          partners: practice.partners,
          transferability: practice.transferability,
          keyFigures: practice.keyFigures.map((figure) => ({ ...figure })),
          contact: { ...practice.contact },
          targetGroupIds: practice.targetGroups.map((term) => term.id),
          fieldIds: practice.fields.map((term) => term.id),
        };
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(problemMessage(error, 'Das Praxisbeispiel konnte nicht geladen werden.'));
        this.loading.set(false);
      },
    });
  }

  protected toggle(list: 'targetGroupIds' | 'fieldIds', id: string, on: boolean): void {
    const current = this.model[list].filter((entry) => entry !== id);
    this.model[list] = on ? [...current, id] : current;
  }

  protected addFigure(): void {
    this.model.keyFigures = [...this.model.keyFigures, { label: '', value: '', unit: '' }];
  }

  protected removeFigure(index: number): void {
    this.model.keyFigures = this.model.keyFigures.filter((_, position) => position !== index);
  }

  protected checkPrivacy(): void {
    this.api.privacyCheck(privacyRequest(this.model, this.existing())).subscribe({
      next: (result) => this.findings.set(result.findings),
      error: (error: unknown) => this.error.set(problemMessage(error, 'Die Prüfung ist fehlgeschlagen.')),
    });
  }

  protected refresh(): void {
    const id = this.id();
    if (id) this.api.get(id).subscribe((practice) => this.existing.set(practice));
  }

  protected removeFile(fileId: string): void {
    const id = this.id();
    if (id) this.api.removeFile(id, fileId).subscribe({ next: () => this.refresh() });
  }

  protected save(): void {
    this.saving.set(true);
    this.error.set(null);
    const existing = this.existing();
    if (!existing || existing.status !== 'published') {
      // Drafts meet the privacy guard when they are submitted.
      this.send(existing, false);
      return;
    }
    this.api.privacyCheck(privacyRequest(this.model, this.existing())).subscribe({
      next: ({ findings }) => {
        // A confirmation holds for the findings it was given for, not for new ones.
        if (JSON.stringify(findings) !== JSON.stringify(this.findings())) this.confirmPrivacy = false;
        this.findings.set(findings);
        if (findings.length > 0 && !this.confirmPrivacy) {
          this.saving.set(false);
          return;
        }
        this.send(existing, findings.length > 0);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(problemMessage(error, 'Die Prüfung ist fehlgeschlagen.'));
      },
    });
  }

  private send(existing: PracticeDto | null, confirmPrivacy: boolean): void {
    const request: CreatePracticeRequest = {
      ...this.model,
      keyFigures: this.model.keyFigures.filter((figure) => figure.label.trim() || figure.value.trim()),
      contact: this.model.contact.name.trim() ? this.model.contact : null,
    };
    const call = existing
      ? this.api.update(existing.id, {
          ...request,
          version: existing.version,
          ...(confirmPrivacy ? { confirmPrivacy } : {}),
        })
      : this.api.create(request);
    call.subscribe({
      next: (saved) => {
        this.saving.set(false);
        void this.router.navigate(['/gute-praxis', saved.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(problemMessage(error, 'Das Praxisbeispiel konnte nicht gespeichert werden.'));
      },
    });
  }
}

function emptyModel(): EditorModel {
  return {
    title: '',
    summary: '',
    situation: '',
    approach: '',
    results: '',
    duration: '',
    costs: '',
    partners: '',
    transferability: '',
    keyFigures: [],
    contact: { name: '', role: '', email: '', phone: '' },
    targetGroupIds: [],
    fieldIds: [],
  };
}
