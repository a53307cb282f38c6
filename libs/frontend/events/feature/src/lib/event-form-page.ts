import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { AudienceDto, EVERYONE, EventDto, OrganisationSummaryDto, Permission } from '@portal/contracts';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import { CurrentUser } from '@portal/frontend/shared/util';
import { EventsApi } from '@portal/frontend/events/data-access';
import { AudiencePicker, portalTitle } from '@portal/frontend/shared/ui';
import { catchError, of } from 'rxjs';
import {
  eventFormValidator,
  EventFormValue,
  fromEvent,
  httpsValidator,
  LIMITS,
  messageFor,
  toRequest,
} from './event-form-model';
import { BUTTON_STYLES } from './shared-styles';

type FieldName = keyof EventFormValue | 'audience' | 'organisationId';

/** API field names that differ from the form's. */
const API_FIELDS: Readonly<Record<string, FieldName>> = { startsAt: 'startDate', endsAt: 'endDate' };

/** /termine/neu and /termine/:id/bearbeiten — create or change a Termin (writers only). */
@Component({
  selector: 'portal-event-form-page',
  imports: [ReactiveFormsModule, AudiencePicker, RouterLink],
  templateUrl: './event-form-page.html',
  styles: [
    BUTTON_STYLES,
    `
      form {
        max-width: 48rem;
      }
      .field {
        display: grid;
        gap: var(--portal-space-1);
        margin-bottom: var(--portal-space-3);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--portal-space-3);
      }
      input[type='text'],
      input[type='url'],
      input[type='date'],
      input[type='time'],
      select,
      textarea {
        min-height: 2.5rem;
        padding: var(--portal-space-1) var(--portal-space-2);
        border: 1px solid var(--portal-color-border);
        border-radius: var(--portal-radius);
        font: inherit;
      }
      input[aria-invalid='true'],
      textarea[aria-invalid='true'] {
        border: 2px solid var(--portal-color-error);
      }
      textarea {
        min-height: 10rem;
      }
      .hint {
        margin: 0;
        color: var(--portal-color-text-muted);
        font-size: 0.875rem;
      }
      .check {
        display: inline-flex;
        gap: var(--portal-space-2);
        align-items: center;
        margin-bottom: var(--portal-space-3);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--portal-space-2);
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventFormPage {
  /** Route parameter in /termine/:id/bearbeiten; absent for /termine/neu. */
  readonly id = input<string | undefined>();

  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly limits = LIMITS;
  protected readonly form: FormGroup = this.fb.group(
    {
      title: ['', [Validators.required, Validators.maxLength(LIMITS.title)]],
      description: ['', [Validators.maxLength(LIMITS.description)]],
      allDay: [false],
      startDate: ['', [Validators.required]],
      startTime: ['09:00'],
      endDate: ['', [Validators.required]],
      endTime: ['10:00'],
      place: ['', [Validators.maxLength(LIMITS.place)]],
      onlineUrl: ['', [Validators.maxLength(LIMITS.url), httpsValidator]],
      registrationUrl: ['', [Validators.maxLength(LIMITS.url), httpsValidator]],
    },
    { validators: eventFormValidator },
  );
  protected readonly audience = new FormControl<AudienceDto>({ ...EVERYONE }, { nonNullable: true });
  /** The organiser's id; '' for none. Only network authors see and send it (the API ignores it for others). */
  protected readonly organiser = new FormControl<string>('', { nonNullable: true });

  protected readonly me = inject(CurrentUser).me;
  protected readonly organisations = toSignal(
    inject(OrganisationsApi)
      .all()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly canWrite = computed(
    () => this.me()?.permissions.includes(Permission.EventsWrite) ?? null,
  );
  /** Coordinators and admins may name any organiser, like the API allows. */
  protected readonly mayChooseOrganiser = computed(
    () => this.me()?.permissions.includes(Permission.EventsPublishNetwork) ?? false,
  );
  /** The event's current organiser, offered even if the list does not hold it (yet). */
  private readonly storedOrganiser = signal<OrganisationSummaryDto | null>(null);
  protected readonly organiserOptions = computed(() => {
    const options: OrganisationSummaryDto[] = [...this.organisations()];
    for (const extra of [this.me()?.organisation, this.storedOrganiser()]) {
      if (extra && !options.some((option) => option.id === extra.id)) options.unshift(extra);
    }
    return options;
  });
  /** Editors write for their own Jobcenter only: the picker is fixed to it. */
  protected readonly fixedOrganisationId = computed(() => {
    const me = this.me();
    if (!me || me.permissions.includes(Permission.EventsPublishNetwork)) return null;
    return me.organisation?.id ?? null;
  });
  protected readonly heading = computed(() => (this.id() ? 'Termin bearbeiten' : 'Termin anlegen'));

  protected readonly submitted = signal(false);
  protected readonly status = signal<
    'loading' | 'idle' | 'saving' | 'conflict' | 'error' | 'forbidden' | 'missing'
  >('idle');
  protected readonly serverErrors = signal<Partial<Record<FieldName, string>>>({});
  private readonly allDay = toSignal(this.form.get('allDay')?.valueChanges ?? of(false), {
    initialValue: false,
  });
  protected readonly isAllDay = computed(() => this.allDay() === true);
  private version = 0;

  constructor() {
    effect(() => {
      this.title.setTitle(portalTitle(this.heading()));
      const id = this.id();
      if (id) this.load(id);
    });
    effect(() => {
      const fixed = this.fixedOrganisationId();
      if (fixed && !this.id()) this.audience.setValue({ states: [], organisationIds: [fixed], roles: [] });
    });
    // A new event is organised by the author's organisation unless they choose another.
    effect(() => {
      const own = this.me()?.organisation?.id;
      if (own && !this.id() && this.organiser.pristine) this.organiser.setValue(own);
    });
  }

  /** German message for a field, shown once the user left it or tried to save. */
  protected error(name: FieldName): string | null {
    const server = this.serverErrors()[name];
    if (server) return server;
    if (name === 'audience' || name === 'organisationId') return null;
    const control = this.form.controls[name];
    if (!control || (!control.touched && !this.submitted())) return null;
    const message = messageFor(control.errors);
    if (message) return message;
    const formErrors = this.form.errors;
    if (name === 'endDate' && formErrors?.['endBeforeStart']) return 'Das Ende muss nach dem Beginn liegen.';
    if (name === 'place' && formErrors?.['placeOrLink'] && this.submitted())
      return 'Bitte geben Sie einen Ort oder einen Online-Link an.';
    return null;
  }

  protected save(): void {
    this.submitted.set(true);
    this.serverErrors.set({});
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.status.set('idle');
      return;
    }
    const request = {
      ...toRequest(this.form.getRawValue() as EventFormValue, this.audience.value),
      ...(this.mayChooseOrganiser() && { organisationId: this.organiser.value || null }),
    };
    const id = this.id();
    this.status.set('saving');
    const call = id ? this.api.update(id, { ...request, version: this.version }) : this.api.create(request);
    call.subscribe({
      next: (event) => void this.router.navigate(['/termine', event.id]),
      error: (error: { status?: number; error?: { errors?: Record<string, string[]> } }) => {
        if (error.status === 400 && error.error?.errors) {
          const fields: Partial<Record<FieldName, string>> = {};
          for (const [path, messages] of Object.entries(error.error.errors)) {
            fields[API_FIELDS[path] ?? (path.startsWith('audience') ? 'audience' : (path as FieldName))] =
              messages.join(' ');
          }
          this.serverErrors.set(fields);
          this.status.set('error');
        } else if (error.status === 409) this.status.set('conflict');
        else if (error.status === 403) this.status.set('forbidden');
        else this.status.set('error');
      },
    });
  }

  private load(id: string): void {
    this.status.set('loading');
    this.api.get(id).subscribe({
      next: (event: EventDto) => {
        this.version = event.version;
        this.form.reset(fromEvent(event));
        this.audience.setValue(event.audience);
        this.storedOrganiser.set(event.organisation);
        this.organiser.reset(event.organisation?.id ?? '');
        this.status.set(event.editable ? 'idle' : 'forbidden');
      },
      error: () => this.status.set('missing'),
    });
  }
}
