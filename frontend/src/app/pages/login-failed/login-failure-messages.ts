import { LoginFailureReason } from '@portal/contracts';

/** German explanation for each reason the backend gives in `?grund=`. */
export const LOGIN_FAILURE_MESSAGES: Readonly<Record<LoginFailureReason, string>> = {
  'anbieter-nicht-erreichbar':
    'Der Anmeldedienst ist derzeit nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut. ' +
    'Besteht die Störung länger, informieren Sie bitte die IT Ihres Jobcenters.',
  abgelehnt:
    'Der Anmeldedienst hat die Anmeldung abgelehnt oder sie wurde abgebrochen. Bitte melden Sie sich erneut an. ' +
    'Geschieht das wiederholt, wenden Sie sich an die IT Ihres Jobcenters.',
  'konto-deaktiviert':
    'Ihr Konto im Netzwerk-Portal ist deaktiviert. Wenn Sie wieder Zugang benötigen, wenden Sie sich bitte an ' +
    'die Administration des Portals oder die IT Ihres Jobcenters.',
};

export const UNKNOWN_LOGIN_FAILURE =
  'Die Anmeldung konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut.';

export function loginFailureMessage(reason: string | undefined): string {
  return reason && Object.hasOwn(LOGIN_FAILURE_MESSAGES, reason)
    ? LOGIN_FAILURE_MESSAGES[reason as LoginFailureReason]
    : UNKNOWN_LOGIN_FAILURE;
}
