import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { letterGraph } from '../pipeline';
import { NameIndex, loadReferenceData } from '../../reference';

const reference = loadReferenceData();
const names = new NameIndex(reference);

function graphOf(text: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sessions-')), 'letter.txt');
  fs.writeFileSync(file, text);
  return letterGraph(file, names, reference);
}
const sessionsOf = (text: string) => graphOf(text).sessions;

describe('findSessions', () => {
  it('reads numbered session headings as the sessions of the letter’s own meeting', () => {
    const sessions = sessionsOf(
      'Hierbij bied ik u de geannoteerde agenda aan voor de bijeenkomst van de NAVO-ministers van Defensie op 13 en 14 februari 2024.\n\n' +
        'Sessie 1: Afschrikking en verdediging\n\nDe ministers bespreken de plannen.\n\nSessie 2: Steun aan Oekraïne\n\nDe ministers spreken over de steun.\n',
    );
    expect(sessions.map((s) => [s.id, s.index])).toEqual([
      ['meeting:2024-02-13-dmm/sessie-1-afschrikking-en-verdediging', 1],
      ['meeting:2024-02-13-dmm/sessie-2-steun-aan-oekraine', 2],
    ]);
    expect(sessions[0].evidence.rule).toBe('session/heading');
  });

  it('knows a session by the body that meets in it', () => {
    const sessions = sessionsOf(
      'Hierbij bied ik u de geannoteerde agenda aan voor de NAVO-Top van 9 tot en met 11 juli 2024 in Washington.\n\n' +
        'Op 10 juli is er een vergadering van de Noord-Atlantische Raad, en daarna een werksessie van de ministers van Defensie.\n',
    );
    expect(sessions.map((s) => [s.name, s.organizationId])).toEqual([
      ['Noord-Atlantische Raad', 'org:north-atlantic-council'],
      ['Werksessie van de ministers van Defensie', null],
    ]);
  });

  it('names the one working session a meeting consists of', () => {
    const sessions = sessionsOf('Hierbij bied ik u de geannoteerde agenda aan voor de NAVO-Top van 9 tot en met 11 juli 2024 in Washington.\n\nDe Top bestaat uit één werksessie.\n');
    expect(sessions.map((s) => s.id)).toEqual(['meeting:2024-07-09-washington/werksessie']);
  });
});

describe('attendancesAtSessions', () => {
  const AGENDA = 'Hierbij bied ik u de geannoteerde agenda aan voor de NAVO-Top van 9 tot en met 11 juli 2024 in Washington.\n\n';
  const sessionOf = (graph: ReturnType<typeof graphOf>, actorId: string) => graph.attendances.find((a) => a.actorId === actorId)?.sessionId;

  it('places whom the sentence that names a session brings in at that session', () => {
    const graph = graphOf(`${AGENDA}Op 10 juli spreken de regeringsleiders met de Oekraïense president in het format van de NATO-Ukraine Commission.\n`);
    expect(sessionOf(graph, 'person:zelensky')).toBe('meeting:2024-07-09-washington/nato-ukraine-commission');
  });

  it('places who attends under a numbered session heading at that session, and others at the meeting', () => {
    const graph = graphOf(
      `${AGENDA}De Minister-President is voornemens de Top bij te wonen.\n\nSessie 1: Partners\n\nAan deze sessie nemen ook Japan en Australië deel als genodigden.\n`,
    );
    expect(sessionOf(graph, 'country:JPN')).toBe('meeting:2024-07-09-washington/sessie-1-partners');
    expect(graph.attendances.find((a) => a.status === 'PLANNED')).toMatchObject({ actorId: 'person:schoof', sessionId: null });
  });
});
