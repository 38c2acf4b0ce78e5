import type { Writable } from 'node:stream';
import pg from 'pg';
import { preparedNameOf } from './prepared-statements.js';
import { isWriteBehind } from './write-behind.js';

type QueryResult = pg.QueryResult<Record<string, unknown>>;
type Send = (text: string, values: unknown[]) => Promise<QueryResult>;
type SendPrepared = (name: string, text: string, values: unknown[]) => Promise<QueryResult>;

/** The answer to a statement not sent, or not waited for: no command, no count, no rows. */
const noAnswer = (): QueryResult => ({ command: '', rowCount: null, oid: 0, fields: [], rows: [] });

/** What Kysely sends to open and close a transaction (PostgresDriver). */
const isBegin = (text: string) => text === 'begin' || text.startsWith('start transaction');

/**
 * One pooled connection (in pg's pipeline mode: every query is written at once, each with its
 * own Sync, so it behaves as if sent alone) as Kysely uses it — `client.query(sql, parameters)`:
 *
 * - the hot path's reused statements (reused-statements.ts) run as named prepared statements, so
 *   PostgreSQL parses and plans each once per connection;
 * - inside a transaction, BEGIN and write-behind statements (write-behind.ts) are sent without
 *   waiting for their answer: they travel in the same round trip as the next statement waited for.
 *   Their failure is kept and reported — by that statement, or by the COMMIT, which PostgreSQL
 *   answers with ROLLBACK in a failed transaction — so nothing is acknowledged that did not happen.
 *
 * Any other call (a query object, a callback) passes through unchanged.
 */
export class PipelinedTransactions {
  private inTransaction = false;
  private unanswered: Promise<unknown>[] = [];
  private failure: unknown = undefined;

  private corked = false;

  private constructor(
    private readonly send: Send,
    private readonly sendPrepared: SendPrepared,
    private readonly connection: { stream?: Writable } | undefined,
  ) {}

  static install(client: pg.PoolClient): void {
    const send = client.query.bind(client) as unknown as Send;
    // A prepared statement goes as a query object made from its text, then named: pg copies a
    // config object given to client.query property by property, which cost 2 % of the server's CPU.
    const sendPrepared: SendPrepared = (name, text, values) =>
      new Promise((resolve, reject) => {
        const query = new pg.Query(text, values, (error: Error | undefined, result: QueryResult) => (error ? reject(error) : resolve(result)));
        (query as unknown as { name: string }).name = name;
        client.query(query);
      });
    const pipelined = new PipelinedTransactions(send, sendPrepared, (client as unknown as { connection?: { stream?: Writable } }).connection);
    const passThrough = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const [text, values] = args;
      if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values)) return passThrough(...args);
      return pipelined.query(text, values);
    }) as typeof client.query;
  }

  async query(text: string, values: unknown[]): Promise<QueryResult> {
    if (isBegin(text)) {
      this.inTransaction = true;
      this.failure = undefined;
      return this.behind(text, values);
    }
    if (this.inTransaction && isWriteBehind(text)) return this.behind(text, values);
    if (text === 'commit' || text === 'rollback') return this.end(text, values);
    try {
      return await this.run(text, values);
    } catch (error) {
      throw await this.causeOf(error);
    }
  }

  private run(text: string, values: unknown[]): Promise<QueryResult> {
    this.corkUntilTick();
    const name = preparedNameOf(text);
    return name ? this.sendPrepared(name, text, values) : this.send(text, values);
  }

  /**
   * Statements sent in the same turn (write-behind ones and the statement waited for after them)
   * leave in one socket write: each write is a system call that wakes the server.
   */
  private corkUntilTick(): void {
    const socket = this.connection?.stream; // read each time: TLS replaces it once connected
    if (this.corked || !socket) return;
    this.corked = true;
    socket.cork();
    process.nextTick(() => {
      this.corked = false;
      socket.uncork();
    });
  }

  /** Sends without waiting; the answer Kysely gets says nothing (no command, no rows). */
  private behind(text: string, values: unknown[]): QueryResult {
    const answered = this.run(text, values).catch((error: unknown) => {
      this.failure ??= error;
    });
    this.unanswered.push(answered);
    return noAnswer();
  }

  /** The error to report for a failed statement: the write-behind failure that aborted the transaction, if there was one. */
  private async causeOf(error: unknown): Promise<unknown> {
    await this.settle();
    return this.failure ?? error;
  }

  private async settle(): Promise<void> {
    const unanswered = this.unanswered;
    this.unanswered = [];
    await Promise.all(unanswered);
  }

  private async end(text: 'commit' | 'rollback', values: unknown[]): Promise<QueryResult> {
    this.inTransaction = false;
    try {
      const result = await this.run(text, values).finally(() => this.settle());
      if (text === 'commit' && (this.failure !== undefined || result.command === 'ROLLBACK')) {
        throw this.failure ?? new Error('PostgreSQL rolled the transaction back instead of committing it.');
      }
      return result;
    } catch (error) {
      throw text === 'commit' ? (this.failure ?? error) : error;
    } finally {
      this.failure = undefined;
    }
  }
}
