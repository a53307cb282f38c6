/** Every error the API reports on purpose, mapped to HTTP status and German title in one place. */
export const ErrorCode = {
  NotAuthenticated: 'not-authenticated',
  Forbidden: 'forbidden',
  CsrfRejected: 'csrf-rejected',
  NotFound: 'not-found',
  ValidationFailed: 'validation-failed',
  Conflict: 'conflict',
  PayloadTooLarge: 'payload-too-large',
  UnsupportedMediaType: 'unsupported-media-type',
  ServiceUnavailable: 'service-unavailable',
  /** The file storage is full (ENOSPC, quota): nothing was stored. */
  InsufficientStorage: 'insufficient-storage',
  LoginRejected: 'login-rejected',
  LoginProviderUnavailable: 'login-provider-unavailable',
  AccountDisabled: 'account-disabled',
  Internal: 'internal',
  /** A campaign asset's download before its campaign's usage terms are accepted (the UI opens them). */
  TermsNotAccepted: 'campaign-terms-required',
  /** A per-person limit (e.g. feedback messages per hour) is reached. */
  TooManyRequests: 'too-many-requests',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CATALOGUE: Readonly<Record<ErrorCode, { status: number; title: string }>> = {
  'not-authenticated': { status: 401, title: 'Bitte melden Sie sich an.' },
  forbidden: { status: 403, title: 'Dafür fehlt Ihnen die Berechtigung.' },
  'csrf-rejected': {
    status: 403,
    title: 'Die Anfrage konnte nicht bestätigt werden. Bitte laden Sie die Seite neu.',
  },
  'not-found': { status: 404, title: 'Nicht gefunden.' },
  'validation-failed': { status: 400, title: 'Die Eingaben sind nicht gültig.' },
  conflict: { status: 409, title: 'Der Inhalt wurde zwischenzeitlich geändert.' },
  'payload-too-large': { status: 413, title: 'Die Anfrage ist zu groß.' },
  'unsupported-media-type': { status: 415, title: 'Dieses Format wird nicht unterstützt.' },
  'service-unavailable': {
    status: 503,
    title: 'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.',
  },
  'insufficient-storage': {
    status: 507,
    title: 'Der Speicherplatz für Dateien ist erschöpft. Bitte wenden Sie sich an die Administration.',
  },
  'login-rejected': { status: 401, title: 'Die Anmeldung ist fehlgeschlagen.' },
  'login-provider-unavailable': { status: 503, title: 'Der Anmeldedienst ist derzeit nicht erreichbar.' },
  'account-disabled': { status: 403, title: 'Ihr Konto ist deaktiviert.' },
  internal: { status: 500, title: 'Ein unerwarteter Fehler ist aufgetreten.' },
  'campaign-terms-required': {
    status: 409,
    title: 'Bitte akzeptieren Sie zuerst die Nutzungsbedingungen der Kampagne.',
  },
  'too-many-requests': {
    status: 429,
    title: 'Zu viele Anfragen. Bitte versuchen Sie es später noch einmal.',
  },
};

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(detail ?? ERROR_CATALOGUE[code].title);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }
}
