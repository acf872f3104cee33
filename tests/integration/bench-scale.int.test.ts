import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { checkJourney, journeyStatements, measureJourney, planLeaves, playgroundJourneys, profileStatement, renderPlan } from '../../bench/scale';
import { extraClaimCount, graphSize, removeScaleGraph, writeScaleGraph } from '../../bench/scale-graph';
import { startTestService, type TestService } from '../support/service';
import { testConfig } from '../support/test-env';

// A smoke run of the scale benchmark at a tiny size, so that it keeps working. It writes
// generated data into the tests' seeded graph (ids that cannot clash: document:scale-…,
// person:scale-…) and removes exactly that afterwards: the other tests see the seeds alone.
describe('scale benchmark (smoke)', () => {
  let db: Database;
  let executor: Executor;
  let service: TestService;
  const journey = playgroundJourneys().find((j) => j.name === 'DecisionsAtMeeting')!;

  beforeAll(async () => {
    db = await connect(testConfig().neo4j);
    executor = new Executor(db.driver, db.database);
    service = await startTestService();
  });
  afterAll(async () => {
    await removeScaleGraph(executor);
    await service.stop();
    await db.driver.close();
  });

  it('generates claims around the seed graph, measures a journey over them, profiles it, and removes them again', async () => {
    const before = await graphSize(executor);
    const seedAnswer = await service.post(journey.query, journey.variables);
    const extras = await extraClaimCount(executor);

    const counts = await writeScaleGraph(executor, extras + 200, 7);
    expect(counts).toMatchObject({ claims: extras + 200, extras, meetings: 5, documents: 5 });
    const during = await graphSize(executor);
    expect(during.claims).toBe(before.claims + extras + 200);

    // The seed meeting gained its fixed extra decision, with evidence in a generated letter.
    const grown = await service.post(journey.query, journey.variables);
    const decisions = grown.body.data.meeting.decisions;
    expect(decisions.totalCount).toBe(seedAnswer.body.data.meeting.decisions.totalCount + 1);
    expect(decisions.nodes.some((d: any) => d.evidence[0].document.id.startsWith('document:scale-'))).toBe(true);

    expect(await checkJourney(service.url, journey)).toBeGreaterThan(1000);
    const latency = await measureJourney(service.url, journey, 1, 1, 0);
    expect(latency).toMatchObject({ journey: 'DecisionsAtMeeting', connections: 1, failures: 0 });
    expect(latency.requests).toBeGreaterThan(0);
    expect(latency.p99).toBeGreaterThanOrEqual(latency.p50);

    const statements = await journeyStatements(testConfig(), executor, journey);
    expect(statements.length).toBeGreaterThan(0);
    const plan = await profileStatement(db.driver, db.database, statements[statements.length - 1]!);
    expect(planLeaves(plan).map((l) => l.operator)).toContain('NodeUniqueIndexSeek');
    expect(renderPlan(plan)).toMatch(/\| \+ProduceResults/);

    await removeScaleGraph(executor);
    expect(await graphSize(executor)).toEqual(before);
    expect(await service.post(journey.query, journey.variables)).toEqual(seedAnswer);
  });
});
