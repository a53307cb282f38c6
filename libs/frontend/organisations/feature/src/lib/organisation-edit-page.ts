import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  CONTACT_TOPIC_LABELS,
  CONTACT_TOPICS,
  ContactTopic,
  ORGANISATION_LIMITS,
  OrganisationMemberDto,
  OrganisationProfileDto,
} from '@portal/contracts';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import { problemMessage, problemOf } from '@portal/frontend/shared/util';
import { catchError, forkJoin, of, switchMap } from 'rxjs';

/** /jobcenter/:id/bearbeiten — Leitung and Redaktion keep their organisation's profile up to date. */
@Component({
  selector: 'portal-organisation-edit-page',
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './organisation-edit-page.html',
  styleUrl: './organisation-edit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationEditPage {
  readonly id = input.required<string>();

  private readonly api = inject(OrganisationsApi);
  private readonly router = inject(Router);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly limits = ORGANISATION_LIMITS;
  protected readonly topics = CONTACT_TOPICS;
  protected readonly topicLabels = CONTACT_TOPIC_LABELS;
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string[]>>({});
  protected readonly saving = signal(false);
  protected readonly logoMessage = signal<string | null>(null);

  protected readonly form = this.fb.group({
    street: [''],
    postalCode: [''],
    city: [''],
    website: [''],
    email: [''],
    phone: [''],
    openingHours: [''],
    description: [''],
    contacts: this.fb.array<ReturnType<OrganisationEditPage['contactGroup']>>([]),
  });

  private version = 0;
  protected readonly loaded = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        forkJoin({ profile: this.api.get(id), members: this.api.members(id) }).pipe(
          catchError((error: unknown) =>
            of({ error: problemMessage(error, 'Das Profil kann nicht bearbeitet werden.') }),
          ),
        ),
      ),
    ),
  );
  protected readonly members = signal<OrganisationMemberDto[]>([]);
  protected readonly profile = signal<OrganisationProfileDto | null>(null);

  constructor() {
    effect(() => {
      const loaded = this.loaded();
      if (!loaded) return;
      if ('error' in loaded) {
        this.error.set(loaded.error);
        return;
      }
      this.fill(loaded.profile);
      this.members.set(loaded.members);
    });
  }

  protected get contacts(): FormArray {
    return this.form.controls.contacts;
  }

  protected addContact(): void {
    this.contacts.push(this.contactGroup('digitalisierung', this.members()[0]?.id ?? ''));
  }

  protected removeContact(index: number): void {
    this.contacts.removeAt(index);
  }

  protected save(): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    this.fieldErrors.set({});
    const value = this.form.getRawValue();
    this.api
      .update(this.id(), {
        version: this.version,
        street: value.street,
        postalCode: value.postalCode,
        city: value.city,
        website: value.website,
        email: value.email,
        phone: value.phone,
        openingHours: value.openingHours,
        description: value.description,
        contacts: value.contacts.filter((contact) => contact.userId),
      })
      .subscribe({
        next: (profile) => {
          this.saving.set(false);
          void this.router.navigate(['/jobcenter', profile.id]);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.fieldErrors.set(problemOf(error)?.errors ?? {});
          this.error.set(problemMessage(error, 'Das Profil konnte nicht gespeichert werden.'));
        },
      });
  }

  protected uploadLogo(input: HTMLInputElement): void {
    const file = input.files?.[0];
    if (!file) return;
    this.logoMessage.set('Logo wird hochgeladen …');
    this.api.setLogo(this.id(), file).subscribe({
      next: () => this.logoMessage.set('Das Logo wurde gespeichert.'),
      error: (error: unknown) =>
        this.logoMessage.set(problemMessage(error, 'Das Logo konnte nicht gespeichert werden.')),
    });
  }

  protected removeLogo(): void {
    this.api.removeLogo(this.id()).subscribe({
      next: () => this.logoMessage.set('Das Logo wurde entfernt.'),
      error: (error: unknown) =>
        this.logoMessage.set(problemMessage(error, 'Das Logo konnte nicht entfernt werden.')),
    });
  }

  protected errorsOf(field: string): string[] {
    return this.fieldErrors()[field] ?? [];
  }

  private contactGroup(topic: ContactTopic, userId: string) {
    return this.fb.group({ topic: [topic], userId: [userId] });
  }

  private fill(profile: OrganisationProfileDto): void {
    this.profile.set(profile);
    this.version = profile.version;
    this.form.patchValue({
      street: profile.street ?? '',
      postalCode: profile.postalCode ?? '',
      city: profile.city ?? '',
      website: profile.website ?? '',
      email: profile.email ?? '',
      phone: profile.phone ?? '',
      openingHours: profile.openingHours ?? '',
      description: profile.description ?? '',
    });
    this.contacts.clear();
    for (const contact of profile.contacts)
      this.contacts.push(this.contactGroup(contact.topic, contact.userId));
  }
}
