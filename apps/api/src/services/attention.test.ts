import { describe, expect, it } from 'vitest';
import { attentionActions, attentionFrom, attentionMessage, workflowTaskFailing } from './attention';

type Raw = Parameters<typeof attentionFrom>[0]['raw'];
const described = (raw: Partial<Raw>) => ({ raw: raw as Raw });

describe('attention from a Temporal description', () => {
  it('a workflow task on its second attempt is failing: the journey is stuck', () => {
    const d = described({ pendingWorkflowTask: { attempt: 4 } });
    expect(workflowTaskFailing(d)).toBe(true);
    expect(attentionFrom(d, 'boom')).toEqual({ kind: 'workflow_task_failing', attempts: 3, failure: 'boom' });
    expect(attentionFrom(described({ pendingWorkflowTask: { attempt: 1 } }))).toBeNull();
  });

  it('an activity on its third attempt needs a person; a first retry does not', () => {
    const activity = (attempt: number) =>
      described({
        pendingActivities: [
          { attempt, activityType: { name: 'channel.send' }, lastFailure: { message: '503 from Twilio' } },
        ],
      });
    expect(attentionFrom(activity(2))).toBeNull();
    expect(attentionFrom(activity(3))).toEqual({
      kind: 'activity_failing',
      attempts: 2,
      activity: 'channel.send',
      failure: '503 from Twilio',
    });
    expect(attentionFrom(described({}))).toBeNull();
  });

  it('says what is wrong and what to do in Spanish and English, and which controls help', () => {
    const stuck = attentionMessage({ kind: 'workflow_task_failing', attempts: 1, failure: 'x' });
    expect(stuck.es).toMatch(/atascado.*1 intento fallido.*último error: x.*termínalo/);
    expect(stuck.en).toMatch(/stuck.*1 failed attempt;.*last error: x.*terminate/);
    const failing = attentionMessage({ kind: 'activity_failing', attempts: 3, activity: 'crm.update', failure: null });
    expect(failing.es).toBe(
      'El paso crm.update falla una y otra vez (3 intentos fallidos). Reinténtalo ahora o cancela el recorrido.',
    );
    expect(failing.en).toBe('Step crm.update keeps failing (3 failed attempts). Retry it now or cancel the journey.');
    expect(attentionActions('workflow_task_failing')).toEqual(['terminate']);
    expect(attentionActions('activity_failing')[0]).toBe('retry-step');
  });
});
