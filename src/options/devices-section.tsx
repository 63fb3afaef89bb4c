// "Microphone and speaker" (issue 5, point 5). It lists what the session's engine can use (the host
// page's DeviceManager with ACS, the browser's devices otherwise) and keeps the choice in the draft:
// Save stores it and the session applies it, also during a call. Plugging in or out lists again.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../platform/i18n.ts';
import { namesHidden, savedDeviceStatus, type Device, type DeviceList } from '../shared/devices.ts';
import type { Reply } from '../shared/protocol.ts';
import { SelectField } from './form-fields.tsx';
import type { SectionProps } from './section-props.ts';

/** The page that asks for the microphone once (src/onboarding), relative to this one. */
const ONBOARDING_PAGE = '../onboarding/index.html';

export interface DeviceSource {
  list(): Promise<DeviceList>;
  /** Devices were plugged in or out; returns a stop function. */
  onChange(listener: () => void): () => void;
}

type DeviceChanges = Pick<MediaDevices, 'addEventListener' | 'removeEventListener'>;

/** Devices from the session owner (`ask` goes through the worker); changes as this page's browser sees them. */
export function sessionDeviceSource(ask: () => Promise<Reply<DeviceList>>, media: DeviceChanges): DeviceSource {
  return {
    async list() {
      const reply = await ask();
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value;
    },
    onChange(listener) {
      media.addEventListener('devicechange', listener);
      return () => media.removeEventListener('devicechange', listener);
    },
  };
}

type Listing = { kind: 'loading' } | { kind: 'ready'; list: DeviceList } | { kind: 'failed'; message: string };

function useDeviceList(source: DeviceSource): [Listing, () => void] {
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  // Devices can change twice in a row: only the answer to the latest question counts.
  const latest = useRef(0);
  const refresh = useCallback(() => {
    latest.current += 1;
    const asked = latest.current;
    const settle = (next: Listing): void => {
      if (asked === latest.current) setListing(next);
    };
    source.list().then(
      (list) => settle({ kind: 'ready', list }),
      (error: unknown) => settle({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [source]);
  useEffect(() => {
    refresh();
    return source.onChange(refresh);
  }, [source, refresh]);
  return [listing, refresh];
}

interface DeviceFieldProps {
  label: string;
  unnamed: MessageKey;
  devices: Device[];
  savedId: string;
  onValue: (id: string) => void;
}

function DeviceField({ label, unnamed, devices, savedId, onValue }: DeviceFieldProps) {
  const missing = savedDeviceStatus(savedId, devices) === 'missing';
  const options = [
    { value: '', label: t('devices_systemDefault') },
    ...devices.map((device, index) => ({ value: device.id, label: device.name || t(unnamed, String(index + 1)) })),
    ...(missing ? [{ value: savedId, label: t('devices_savedMissing') }] : []),
  ];
  const help = missing ? t('devices_missingHelp') : undefined;
  return <SelectField label={label} help={help} value={savedId} options={options} onValue={onValue} />;
}

function DeviceFields({ list, draft, edit }: Pick<SectionProps, 'draft' | 'edit'> & { list: DeviceList }) {
  return (
    <>
      {namesHidden(list) && (
        <p class="note" data-testid="devices-names-hidden">
          {t('devices_namesHidden')} <a href={ONBOARDING_PAGE}>{t('devices_allowMicrophone')}</a>
        </p>
      )}
      <DeviceField
        label={t('devices_microphone')}
        unnamed="devices_unnamedMicrophone"
        devices={list.microphones}
        savedId={draft.microphoneId}
        onValue={(microphoneId) => edit({ microphoneId })}
      />
      {list.speakerSelectionAvailable ? (
        <DeviceField
          label={t('devices_speaker')}
          unnamed="devices_unnamedSpeaker"
          devices={list.speakers}
          savedId={draft.speakerId}
          onValue={(speakerId) => edit({ speakerId })}
        />
      ) : (
        <p class="field__help">{t('devices_speakerUnavailable')}</p>
      )}
    </>
  );
}

export function DevicesSection({ draft, edit, source }: SectionProps & { source: DeviceSource }) {
  const [listing, refresh] = useDeviceList(source);
  return (
    <fieldset class="section" data-testid="devices-section">
      <legend class="section__title">{t('devices_legend')}</legend>
      <p class="field__help">{t('devices_help')}</p>
      {listing.kind === 'loading' && <p role="status">{t('devices_loading')}</p>}
      {listing.kind === 'failed' && (
        <div>
          <p class="field__error" role="alert">
            {t('devices_listFailed', listing.message)}
          </p>
          <button type="button" class="button" onClick={refresh}>
            {t('devices_retry')}
          </button>
        </div>
      )}
      {listing.kind === 'ready' && <DeviceFields list={listing.list} draft={draft} edit={edit} />}
    </fieldset>
  );
}
