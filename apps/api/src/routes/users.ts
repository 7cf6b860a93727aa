import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import {
  createQueue,
  createTeam,
  getUser,
  listQueues,
  listTeams,
  listUsers,
  openCountsByQueue,
  type QueueRow,
  queuesOfTeams,
  setTeamCalendar,
  type TeamRow,
  updateQueue,
} from '@ruta/db';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { id, json, jsonBody } from '../schemas/common';
import {
  CreateQueueBody,
  CreateTeamBody,
  CreateUserBody,
  Queue,
  Team,
  type TeamCalendar,
  TeamCalendarBody,
  UpdateQueueBody,
  UpdateUserBody,
  User,
  UserResult,
} from '../schemas/people';
import { addUser, changeUser, userDto } from '../services/people';
import type { Runtime } from '../services/runtime';
import { type Guard, secure } from './define';

const UserId = z.object({ id: id(100).openapi({ param: { name: 'id', in: 'path' } }) });
const QueueParam = z.object({ id: id(100).openapi({ param: { name: 'id', in: 'path' } }) });

const queueDto = (q: QueueRow, open: Map<string, number>): z.infer<typeof Queue> => ({
  id: q.id,
  name: q.name,
  teamId: q.teamId,
  assignment: q.assignment,
  open: open.get(q.id) ?? 0,
  createdAt: q.createdAt.toISOString(),
});

/** People (admins manage them; supervisors see their teams'), teams, and the queues cases wait in. */
export function userRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'users:read', {
      method: 'get',
      path: '/v1/users',
      tags: ['People'],
      summary: 'People: everyone (admins), or the members of your teams (supervisors)',
      responses: { 200: json(z.object({ users: z.array(User) }).openapi('UserList'), 'People, by name') },
    }),
    async (c) => {
      const teams = await c.get('access').teams();
      const users = await listUsers(rt.db, teams === null ? {} : { teamIds: teams });
      return c.json({ users: users.map(userDto) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'users:read',
      {
        method: 'get',
        path: '/v1/users/{id}',
        tags: ['People'],
        summary: 'One person',
        description: '404 for someone outside your teams (supervisors), as for someone who does not exist.',
        request: { params: UserId },
        responses: { 200: json(User, 'The person') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const user = await getUser(rt.db, id);
      const teams = await c.get('access').teams();
      if (!user || (teams !== null && !user.teams.some((t) => teams.includes(t)))) {
        throw new ApiError('not-found', `User ${id} does not exist`);
      }
      return c.json(userDto(user), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'users:manage',
      {
        method: 'post',
        path: '/v1/users',
        tags: ['People'],
        summary: 'Add a person (invite with a one-time password, or set one)',
        description:
          'Without `password`, a one-time password is answered once (`oneTimePassword`): give it to the person, who chooses their own at first sign-in. With `password`, the policy applies (422 `passwordProblem`). 409 when the email has an account; 404 for an unknown queue or team.',
        request: { body: jsonBody(CreateUserBody) },
        responses: { 201: json(UserResult, 'Added') },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const result = await addUser(rt, c.req.valid('json'));
      c.header('Location', `/v1/users/${result.user.id}`);
      return c.json(result, 201);
    },
  );

  app.openapi(
    secure(
      guard,
      'users:manage',
      {
        method: 'patch',
        path: '/v1/users/{id}',
        tags: ['People'],
        summary: 'Change a person: roles, queues and teams, name, language, password; deactivate or reactivate',
        description:
          'Memberships given replace the old ones. `active: false` ends the person’s sessions at once. A new `password` or `resetPassword: true` (a one-time password, answered once) ends their sessions too. 409: deactivating yourself, or leaving Ruta without an active admin.',
        request: { params: UserId, body: jsonBody(UpdateUserBody) },
        responses: { 200: json(UserResult, 'Changed') },
      },
      { problems: [404, 409] },
    ),
    async (c) => c.json(await changeUser(rt, c.get('principal'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  const teamDto = async (rows: TeamRow[]) =>
    Promise.all(
      rows.map(async (t) => ({
        id: t.id,
        name: t.name,
        queues: await queuesOfTeams(rt.db, [t.id]),
        calendar: (t.calendar as z.infer<typeof TeamCalendar> | null) ?? null,
        createdAt: t.createdAt.toISOString(),
      })),
    );

  app.openapi(
    secure(guard, 'users:read', {
      method: 'get',
      path: '/v1/teams',
      tags: ['People'],
      summary: 'Teams with their queues: all (admins), or yours (supervisors)',
      responses: { 200: json(z.object({ teams: z.array(Team) }).openapi('TeamList'), 'Teams, by name') },
    }),
    async (c) => {
      const teams = await c.get('access').teams();
      return c.json({ teams: await teamDto(await listTeams(rt.db, teams ?? undefined)) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'users:manage',
      {
        method: 'post',
        path: '/v1/teams',
        tags: ['People'],
        summary: 'Add a team',
        request: { body: jsonBody(CreateTeamBody) },
        responses: { 201: json(Team, 'Added') },
      },
      { problems: [409] },
    ),
    async (c) => {
      const [team] = await teamDto([await createTeam(rt.db, c.req.valid('json'))]);
      return c.json(team!, 201);
    },
  );

  app.openapi(
    secure(
      guard,
      'users:manage',
      {
        method: 'put',
        path: '/v1/teams/{id}/calendar',
        tags: ['People'],
        summary: "Set the team's business calendar (null: none); new cases of its queues count their SLA in it",
        request: { params: UserId, body: jsonBody(TeamCalendarBody) },
        responses: { 200: json(Team, 'Changed') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id: teamId } = c.req.valid('param');
      if (!(await setTeamCalendar(rt.db, teamId, c.req.valid('json').calendar))) {
        throw new ApiError('not-found', `Team ${teamId} does not exist`);
      }
      const [team] = await teamDto(await listTeams(rt.db, [teamId]));
      return c.json(team!, 200);
    },
  );

  app.openapi(
    secure(guard, 'cases:read', {
      method: 'get',
      path: '/v1/queues',
      tags: ['People'],
      summary: 'Queues with their open cases: all, or those you work or oversee',
      description:
        'A queue’s id is the name handoff nodes and tickets use; a queue a new handoff names is created with it.',
      responses: { 200: json(z.object({ queues: z.array(Queue) }).openapi('QueueList'), 'Queues, by id') },
    }),
    async (c) => {
      const reach = await c.get('access').queues();
      const [rows, open] = await Promise.all([listQueues(rt.db, reach ?? undefined), openCountsByQueue(rt.db)]);
      return c.json({ queues: rows.map((q) => queueDto(q, open)) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'users:manage',
      {
        method: 'post',
        path: '/v1/queues',
        tags: ['People'],
        summary: 'Add a queue (optionally of a team)',
        request: { body: jsonBody(CreateQueueBody) },
        responses: { 201: json(Queue, 'Added') },
      },
      { problems: [404, 409] },
    ),
    async (c) => c.json(queueDto(await createQueue(rt.db, c.req.valid('json')), new Map()), 201),
  );

  app.openapi(
    secure(
      guard,
      'users:manage',
      {
        method: 'patch',
        path: '/v1/queues/{id}',
        tags: ['People'],
        summary: 'Rename a queue or give it to a team (null: no team)',
        request: { params: QueueParam, body: jsonBody(UpdateQueueBody) },
        responses: { 200: json(Queue, 'Changed') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const row = await updateQueue(rt.db, id, c.req.valid('json'));
      if (!row) throw new ApiError('not-found', `Queue ${id} does not exist`);
      return c.json(queueDto(row, await openCountsByQueue(rt.db)), 200);
    },
  );
}
