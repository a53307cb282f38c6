import { checkLink, isInternalAddress } from './link-checker';

describe('link checker address rules', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.178.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::ffff:127.0.0.1',
    'fd00::1',
    'fe80::1',
    'not-an-ip',
  ])('treats %s as internal', (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '2a00:1450:4001:80b::200e', '172.32.0.1'])('treats %s as public', (address) => {
    expect(isInternalAddress(address)).toBe(false);
  });

  it('refuses internal literal addresses and other schemes without any request', async () => {
    const options = { allowPrivateAddresses: false, timeoutMs: 200, maxRedirects: 3 };
    await expect(checkLink('http://127.0.0.1:9/x', options)).resolves.toMatchObject({
      status: 'broken',
      detail: 'Adresse im internen Netz – wird nicht abgerufen',
    });
    await expect(checkLink('http://[::1]/', options)).resolves.toMatchObject({ status: 'broken' });
    await expect(checkLink('javascript:alert(1)', options)).resolves.toMatchObject({
      detail: 'Nur http- und https-Adressen werden geprüft',
    });
    await expect(checkLink('nonsense', options)).resolves.toMatchObject({ detail: 'Keine gültige Adresse' });
  });
});
