// The confirmation window acts only on a request the worker could have written: a raw id and a host.
import { describe, expect, it } from 'vitest';
import { confirmAddress, readRequest } from '../../../src/shared/confirm-request.ts';

const PAGE = 'chrome-extension://abc/src/confirm/index.html';

describe('call confirmation request', () => {
  it('reads back what the worker wrote', () => {
    const address = confirmAddress(PAGE, { target: '4:+14255550123', site: 'crm.example:8443' });
    expect(readRequest(new URL(address).search)).toEqual({ target: '4:+14255550123', site: 'crm.example:8443' });
  });

  it('refuses targets that are not raw ids and sites that are not hosts', () => {
    expect(readRequest('?target=javascript:alert(1)&site=crm.example')).toBeUndefined();
    expect(readRequest('?target=4:%2B14255550123&site=<b>crm</b>')).toBeUndefined();
    expect(readRequest('?target=4:%2B14255550123')).toBeUndefined();
  });
});
