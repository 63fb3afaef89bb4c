import { fakeBrowser } from '@webext-core/fake-browser';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectDiagnostics, type DiagnosticsActions, type DiagnosticsSources } from '../../../src/options/diagnostics-section.tsx';
import { OptionsPage } from '../../../src/options/options-page.tsx';
import type { EngineSnapshot } from '../../../src/shared/engine.ts';
import type { SessionDiagnostics } from '../../../src/shared/diagnostics.ts';
import { fail, ok } from '../../../src/shared/protocol.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/shared/settings.ts';
import { byTestId, click, mount } from '../popup/render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJza3lwZWlkIjoiYWNzOjEifQ.c2lnbmF0dXJl';
const NOW = Date.UTC(2026, 10, 25, 17, 30);

const SNAPSHOT: EngineSnapshot = {
  rev: 12,
  engine: 'acs',
  connection: 'failed',
  calls: [],
  incoming: [],
  lastError: { code: 401, subCode: 44111, message: `Invalid token ${JWT}`, origin: 'sdk', at: NOW - 1000 },
};

const SESSION: SessionDiagnostics = {
  sdkVersions: { calling: '2.0.0', common: '2.5.0', logger: '1.4.0' },
  log: [
    { at: NOW - 100, level: 'error', source: 'offscreen', text: 'sdk error 401/44111: Invalid token' },
    { at: NOW - 200, level: 'warning', source: 'sdk', text: `azure:ACS-calling:warning GET /token?access_token=${JWT}` },
  ],
  dropped: 7,
};

function sources(changes: Partial<DiagnosticsSources> = {}): DiagnosticsSources {
  return {
    ask: async () => ok(SESSION),
    readSnapshot: async () => SNAPSHOT,
    readSettings: async () => ({ ...DEFAULT_SETTINGS, engine: 'acs', callingHostUrl: 'https://calls.contoso.example/acs/' }),
    extensionVersion: '0.1.0',
    userAgent: 'Mozilla/5.0 Chrome/156.0.0.0',
    now: () => NOW,
    ...changes,
  };
}

describe('collecting diagnostics', () => {
  it('gathers versions, engine, snapshot and the log, oldest line first, with every secret removed', async () => {
    const text = await collectDiagnostics(sources(), true);

    expect(text).not.toContain('eyJ');
    expect(JSON.parse(text)).toEqual({
      generatedAt: '2026-11-25T17:30:00.000Z',
      extensionVersion: '0.1.0',
      userAgent: 'Mozilla/5.0 Chrome/156.0.0.0',
      engine: { kind: 'acs', callingHostUrl: 'https://calls.contoso.example/acs/', logLevel: 'warning' },
      sdkVersions: { calling: '2.0.0', common: '2.5.0', logger: '1.4.0' },
      snapshot: { ...SNAPSHOT, lastError: { ...SNAPSHOT.lastError, message: 'Invalid token [redacted]' } },
      problems: [],
      droppedLogLines: 7,
      callDetails: 'included',
      log: [
        { at: '2026-11-25T17:29:59.800Z', level: 'warning', source: 'sdk', text: 'azure:ACS-calling:warning GET /token?access_token=[redacted]' },
        { at: '2026-11-25T17:29:59.900Z', level: 'error', source: 'offscreen', text: 'sdk error 401/44111: Invalid token' },
      ],
    });
  });

  it('still reports what it has when the session does not answer', async () => {
    const report = JSON.parse(await collectDiagnostics(sources({ ask: async () => fail('The call session did not answer.'), readSnapshot: async () => undefined }), false));

    expect(report).toMatchObject({ sdkVersions: null, snapshot: null, log: [], problems: ['The call session gave no diagnostics: The call session did not answer.'] });
  });
});

describe('call details in the report', () => {
  const CUSTOMER = '4:+14255550123';
  const CALL = {
    id: 'c1',
    direction: 'Incoming' as const,
    state: 'Connected' as const,
    isMuted: false,
    remote: [{ rawId: CUSTOMER, displayName: 'Ana Lopez' }],
    startedAt: NOW - 60_000,
    transfer: { opId: 't1', callId: 'c1', mode: 'participant' as const, target: '8:orgid:6f1c2b7a-3d4e-4f5a-9b8c-7d6e5f4a3b2c', state: 'Failed' as const, startedAt: NOW, updatedAt: NOW },
  };
  const withCall = sources({
    readSnapshot: async () => ({ ...SNAPSHOT, self: '8:acs:agent-7', calls: [CALL] }),
    ask: async () =>
      ok({
        ...SESSION,
        log: [
          { at: NOW - 300, level: 'info', source: 'offscreen', text: 'transfer of c1 to 8:orgid:6f1c2b7a-3d4e-4f5a-9b8c-7d6e5f4a3b2c failed' },
          { at: NOW - 250, level: 'info', source: 'sdk', text: 'incoming call from +14255550123 (Ana Lopez); earlier +34912345678 rang' },
        ],
      }),
  });
  const DETAILS = ['4255550123', 'Ana Lopez', '6f1c2b7a-3d4e-4f5a-9b8c-7d6e5f4a3b2c', '34912345678'];

  it('leaves out numbers, names and targets unless the agent asks for them, keeping the agent\'s own id and the call\'s state', async () => {
    const text = await collectDiagnostics(withCall, false);

    expect(DETAILS.filter((detail) => text.includes(detail))).toEqual([]);
    const report = JSON.parse(text);
    expect(report.callDetails).toBe('removed');
    expect(report.snapshot.self).toBe('8:acs:agent-7');
    expect(report.snapshot.calls[0]).toMatchObject({ id: 'c1', state: 'Connected', remote: [{ rawId: '[call detail]', displayName: '[call detail]' }] });
    expect(report.snapshot.calls[0].transfer).toMatchObject({ target: '[call detail]', state: 'Failed' });
    expect(report.log.map((entry: { text: string }) => entry.text)).toEqual([
      'transfer of c1 to [call detail] failed',
      'incoming call from [call detail] ([call detail]); earlier [call detail] rang',
    ]);
  });

  it('keeps them when the agent ticked "include call details"', async () => {
    const text = await collectDiagnostics(withCall, true);

    expect(DETAILS.filter((detail) => text.includes(detail))).toEqual(DETAILS);
  });
});

describe('the diagnostics section', () => {
  beforeEach(() => fakeBrowser.reset());

  async function open(actions: DiagnosticsActions): Promise<HTMLElement> {
    const view = mount(<OptionsPage storage={fakeBrowser.storage.local} diagnostics={actions} />);
    await vi.waitFor(() => byTestId(view, 'diagnostics-section'));
    return view;
  }

  it('copies the report and says so', async () => {
    const copied: string[] = [];
    const view = await open({ collect: async () => '{"report":1}', copy: async (text) => void copied.push(text) });

    click(byTestId(view, 'copy-diagnostics'));

    await vi.waitFor(() => expect(byTestId(view, 'copy-status').textContent).toBe('Copied'));
    expect(copied).toEqual(['{"report":1}']);
  });

  it('copies without call details until the agent ticks "include call details"', async () => {
    const asked: boolean[] = [];
    const view = await open({ collect: async (include) => String(asked.push(include)), copy: async () => undefined });
    const section = byTestId(view, 'diagnostics-section');
    const checkbox = section.querySelector('input[type="checkbox"]') as HTMLInputElement;

    expect(checkbox.checked).toBe(false);
    expect(section.textContent).toContain('Include call details');
    click(byTestId(view, 'copy-diagnostics'));
    await vi.waitFor(() => expect(asked).toEqual([false]));
    click(checkbox);
    await vi.waitFor(() => expect(byTestId(view, 'copy-diagnostics').hasAttribute('disabled')).toBe(false));
    click(byTestId(view, 'copy-diagnostics'));

    await vi.waitFor(() => expect(asked).toEqual([false, true]));
  });

  it('says why nothing was copied', async () => {
    const view = await open({ collect: async () => '{}', copy: () => Promise.reject(new Error('Document is not focused.')) });

    click(byTestId(view, 'copy-diagnostics'));

    await vi.waitFor(() => expect(byTestId(view, 'copy-status').textContent).toBe('Could not copy: Document is not focused.'));
  });

  it('saves the chosen log level with the other settings', async () => {
    const view = await open({ collect: async () => '{}', copy: async () => undefined });
    const select = byTestId(view, 'diagnostics-section').querySelector('select') as HTMLSelectElement;

    expect([...select.options].map((option) => option.text)).toEqual(['Errors only', 'Warnings and errors', 'Information', 'Everything (verbose)']);
    void act(() => {
      select.value = 'verbose';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(byTestId(view, 'save'));

    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, logLevel: 'verbose' }),
    );
  });
});
