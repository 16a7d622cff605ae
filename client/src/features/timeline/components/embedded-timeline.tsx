import { useState } from 'react';
import type { Query } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Link } from '../../../components/ui/link.tsx';
import { DEFAULT_TIMELINE_SETTINGS, type TimelineSettings } from '../model/settings.ts';
import type { LaneGrouping } from '../model/lanes.ts';
import { Timeline } from './timeline.tsx';

/**
 * The timeline inside another page (a collaboration, an organisation):
 * its own settings, a lower chart, and a link to /timeline with the same
 * selection as register filters.
 */
export function EmbeddedTimeline({ query, title, grouping, fullSearch }: { query: Query; title: string; grouping: LaneGrouping; fullSearch: string }) {
  const t = useT();
  const [settings, setSettings] = useState<TimelineSettings>({ ...DEFAULT_TIMELINE_SETTINGS, grouping });
  return (
    <>
      <Timeline query={query} settings={settings} onSettingsChange={setSettings} title={title} compact />
      <p className="utrecht-paragraph">
        <Link to={`/timeline?${fullSearch}`}>{t('timeline.openFull')}</Link>
      </p>
    </>
  );
}
