import type { ActivityDefinition } from '@ruta/sdk';
import { audienceActivities } from './activities/audience';
import { channelSendActivity } from './activities/channel';
import { crmActivities } from './activities/crm';
import { handoffActivity } from './activities/handoff';
import { kbSearchActivity } from './activities/kb';
import { sentimentActivity } from './activities/sentiment';
import { DbStore } from './store/db-store';
import type { WorkerStore } from './store/types';

export { type TemporalActivity, toTemporalActivities } from '@ruta/sdk/temporal';

/** Every built-in activity, implemented on a store (audience runs need the database store). */
export function builtinActivities(store: WorkerStore): ActivityDefinition[] {
  return [
    channelSendActivity(store),
    sentimentActivity,
    ...crmActivities(store),
    handoffActivity(store),
    ...audienceActivities(store instanceof DbStore ? store.db : null),
    kbSearchActivity(store),
  ] as unknown as ActivityDefinition[];
}
