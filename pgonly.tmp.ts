import { driveLifecycles } from './bench/support/lifecycles.js';
import { createTempDatabase } from './bench/support/postgres.js';
import { startServerProcess } from './bench/support/server-process.js';
const runs = Number(process.argv[2] ?? 3);
for (let i = 0; i < runs; i++) {
  const database = await createTempDatabase('onewindow_bench');
  const server = await startServerProcess(database.url);
  try {
    const r = await driveLifecycles({ address: server.address, concurrency: 10, warmupSeconds: 2, seconds: 6, view: 'compact', onMeasureStart: () => server.measureStart() });
    const { cpuMs } = await server.measureStop();
    console.log(JSON.stringify({ tps: r.transitions_per_second, cpu: +(cpuMs / r.transitions).toFixed(3), errors: r.errors }));
  } finally { await server.stop(); await database.drop(); }
}
