import { LoginFailureReason } from '@portal/contracts';
import { UNKNOWN_LOGIN_FAILURE, loginFailureMessage } from './login-failure-messages';

describe('loginFailureMessage', () => {
  it.each(Object.values(LoginFailureReason))('explains „%s“ specifically', (reason) => {
    expect(loginFailureMessage(reason)).not.toBe(UNKNOWN_LOGIN_FAILURE);
  });

  it('says the provider is unreachable', () => {
    expect(loginFailureMessage('anbieter-nicht-erreichbar')).toMatch(
      /^Der Anmeldedienst ist derzeit nicht erreichbar/,
    );
  });

  it.each([undefined, '', 'toString', 'unbekannt'])('falls back to a general message for %p', (reason) => {
    expect(loginFailureMessage(reason)).toBe(UNKNOWN_LOGIN_FAILURE);
  });
});
