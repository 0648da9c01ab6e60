import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { bindParams, type BindParams } from '../bind-params.js';
import { StateError } from './state-error.js';
import type {
  Account,
  AuditEntry,
  DatasetVersion,
  NewAuditEntry,
  Role,
  StateStore,
  StoredAccount,
  Submission,
  SubmissionStatus,
} from './types.js';

/** The file the state's tables live in, inside the state folder. */
export const stateFileName = 'state.duckdb';

export interface OpenStateOptions {
  /**
   * How long the file stays open after the last operation. DuckDB lets one process hold a file,
   * so the dashboard lets go between bursts and `anyam users` can get in (default 250 ms).
   */
  readonly idleCloseMs?: number;
  /** How long to wait for another process to let go of the file (default 15 s). */
  readonly lockWaitMs?: number;
}

export interface Statement {
  readonly sql: string;
  readonly params?: BindParams;
}

const schema = [
  `CREATE TABLE IF NOT EXISTS accounts (
     username VARCHAR PRIMARY KEY, role VARCHAR NOT NULL, council_id VARCHAR,
     password_hash VARCHAR NOT NULL, created_at VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS sessions (
     token_hash VARCHAR PRIMARY KEY, username VARCHAR NOT NULL,
     created_at VARCHAR NOT NULL, expires_at VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS submissions (
     id VARCHAR PRIMARY KEY, council_id VARCHAR NOT NULL, submitted_by VARCHAR NOT NULL,
     submitted_at VARCHAR NOT NULL, file_name VARCHAR NOT NULL, format VARCHAR NOT NULL,
     status VARCHAR NOT NULL, report VARCHAR, note VARCHAR, decided_by VARCHAR, decided_at VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS dataset_versions (
     version VARCHAR PRIMARY KEY, number INTEGER NOT NULL, published_at VARCHAR NOT NULL,
     published_by VARCHAR NOT NULL, rows VARCHAR NOT NULL, submission_ids VARCHAR[])`,
  `CREATE TABLE IF NOT EXISTS version_counter (last INTEGER NOT NULL)`,
  `CREATE SEQUENCE IF NOT EXISTS audit_seq`,
  `CREATE TABLE IF NOT EXISTS audit (
     seq BIGINT NOT NULL, "at" VARCHAR NOT NULL, username VARCHAR, action VARCHAR NOT NULL,
     detail VARCHAR NOT NULL)`,
];

const isLockConflict = (error: unknown): boolean =>
  /lock|already open|resource temporarily unavailable/i.test(String((error as Error)?.message));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function auditStatement(entry: NewAuditEntry | undefined): Statement[] {
  if (!entry) return [];
  return [
    {
      sql: `INSERT INTO audit VALUES (nextval('audit_seq'), $at, $user, $action, $detail)`,
      params: {
        at: entry.at ?? new Date().toISOString(),
        user: entry.user,
        action: entry.action,
        detail: entry.detail,
      },
    },
  ];
}

type Row = Record<string, unknown>;

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

function toAccount(row: Row): Account {
  return {
    username: String(row.username),
    role: String(row.role) as Role,
    council_id: text(row.council_id),
    created_at: String(row.created_at),
  };
}

function toSubmission(row: Row): Submission {
  return {
    id: String(row.id),
    council_id: String(row.council_id),
    submitted_by: String(row.submitted_by),
    submitted_at: String(row.submitted_at),
    file_name: String(row.file_name),
    format: String(row.format) as Submission['format'],
    status: String(row.status) as SubmissionStatus,
    report: row.report === null || row.report === undefined ? null : JSON.parse(String(row.report)),
    note: text(row.note),
    decided_by: text(row.decided_by),
    decided_at: text(row.decided_at),
  };
}

function toVersion(row: Row): DatasetVersion {
  return {
    version: String(row.version),
    published_at: String(row.published_at),
    published_by: String(row.published_by),
    rows: JSON.parse(String(row.rows)) as Record<string, number>,
    submission_ids: (row.submission_ids as string[] | null) ?? [],
  };
}

// DuckDB keeps other processes out of its file with a POSIX lock, which a process shares with
// itself: two stores of one process on one file would both open it and each overwrite the
// other's writes. Stores of one process therefore take turns on a file through this chain.
const fileTurns = new Map<string, Promise<void>>();

/** Waits until no other store of this process holds `path`; resolves to the release. */
function takeTurn(path: string): Promise<() => void> {
  const previous = fileTurns.get(path) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const chain = previous.then(() => mine);
  fileTurns.set(path, chain);
  return previous.then(() => () => {
    release();
    if (fileTurns.get(path) === chain) fileTurns.delete(path);
  });
}

/**
 * The DuckDB store of the state: one file, `state.duckdb`, in `dir`. Every operation of this
 * process goes through one queue and one connection, and every write is one transaction that
 * rolls back whole on any error, so concurrent requests never interleave and a crash leaves
 * the state as it was before the write or after it, never between.
 */
export class DuckDbStateStore implements StateStore {
  readonly path: string;
  private readonly idleCloseMs: number;
  private readonly lockWaitMs: number;
  private queue: Promise<unknown> = Promise.resolve();
  private open: { instance: DuckDBInstance; connection: DuckDBConnection } | null = null;
  private endTurn: (() => void) | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    readonly dir: string,
    options: OpenStateOptions = {},
  ) {
    this.path = join(dir, stateFileName);
    this.idleCloseMs = options.idleCloseMs ?? 250;
    this.lockWaitMs = options.lockWaitMs ?? 15_000;
  }

  private async connect(): Promise<DuckDBConnection> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.open) return this.open.connection;
    await mkdir(this.dir, { recursive: true });
    const started = Date.now();
    this.endTurn = await takeTurn(this.path);
    for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
      try {
        const instance = await DuckDBInstance.create(this.path, { threads: '1' });
        const connection = await instance.connect();
        this.open = { instance, connection };
        for (const sql of schema) await connection.run(sql);
        return connection;
      } catch (error) {
        this.closeHandles();
        if (!isLockConflict(error) || Date.now() - started > this.lockWaitMs) {
          this.release();
          if (isLockConflict(error))
            throw new StateError(
              `The state ${this.path} is held by another process; try again when it is done.`,
            );
          throw error;
        }
        await sleep(wait + Math.random() * wait);
      }
    }
  }

  private closeHandles(): void {
    if (!this.open) return;
    const { instance, connection } = this.open;
    this.open = null;
    connection.closeSync();
    instance.closeSync();
  }

  private release(): void {
    this.closeHandles();
    const endTurn = this.endTurn;
    this.endTurn = null;
    endTurn?.();
  }

  /** Runs `fn` alone on the connection, after every earlier operation of this store. */
  private exclusive<T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StateError('The state is closed.'));
    const result = this.queue.then(async () => {
      const connection = await this.connect();
      try {
        return await fn(connection);
      } finally {
        this.idleTimer = setTimeout(() => {
          this.idleTimer = null;
          // Only between operations: the queue is idle when the timer fires after the last one.
          this.queue = this.queue.then(() => this.release());
        }, this.idleCloseMs);
        this.idleTimer.unref?.();
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  private read(sql: string, params?: BindParams): Promise<Row[]> {
    return this.exclusive(
      async (connection) =>
        (await connection.runAndReadAll(sql, bindParams(params))).getRowObjectsJson() as Row[],
    );
  }

  /**
   * Runs the statements as one transaction; `check` sees each statement's changed-row count and
   * may throw to roll everything back.
   */
  write(statements: readonly Statement[], check?: (changed: number[]) => void): Promise<number[]> {
    return this.exclusive(async (connection) => {
      await connection.run('BEGIN TRANSACTION');
      try {
        const changed: number[] = [];
        for (const statement of statements) {
          const result = await connection.run(statement.sql, bindParams(statement.params));
          changed.push(Number(result.rowsChanged));
        }
        check?.(changed);
        await connection.run('COMMIT');
        return changed;
      } catch (error) {
        await connection.run('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  async addAccount(
    account: Omit<StoredAccount, 'created_at'>,
    audit?: NewAuditEntry,
  ): Promise<Account> {
    const created_at = new Date().toISOString();
    try {
      await this.write([
        {
          sql: `INSERT INTO accounts VALUES ($username, $role, $council, $hash, $at)`,
          params: {
            username: account.username,
            role: account.role,
            council: account.council_id,
            hash: account.password_hash,
            at: created_at,
          },
        },
        ...auditStatement(audit),
      ]);
    } catch (error) {
      if (/constraint|duplicate/i.test(String((error as Error).message)))
        throw new StateError(`There is already an account named ${account.username}.`);
      throw error;
    }
    return {
      username: account.username,
      role: account.role,
      council_id: account.council_id,
      created_at,
    };
  }

  async findAccount(username: string): Promise<StoredAccount | null> {
    const [row] = await this.read('SELECT * FROM accounts WHERE username = $username', {
      username,
    });
    return row ? { ...toAccount(row), password_hash: String(row.password_hash) } : null;
  }

  async listAccounts(): Promise<Account[]> {
    return (await this.read('SELECT * FROM accounts ORDER BY username')).map(toAccount);
  }

  async removeAccount(username: string, audit?: NewAuditEntry): Promise<boolean> {
    const changed = await this.write([
      { sql: 'DELETE FROM sessions WHERE username = $username', params: { username } },
      { sql: 'DELETE FROM accounts WHERE username = $username', params: { username } },
      ...auditStatement(audit),
    ]);
    return (changed[1] ?? 0) > 0;
  }

  async createSession(
    session: { token_hash: string; username: string; expires_at: string },
    audit?: NewAuditEntry,
  ): Promise<void> {
    const now = new Date().toISOString();
    await this.write([
      // Expired sessions go whenever a new one is made, so the table stays small.
      { sql: 'DELETE FROM sessions WHERE expires_at <= $now', params: { now } },
      {
        sql: 'INSERT INTO sessions VALUES ($token, $username, $now, $expires)',
        params: {
          token: session.token_hash,
          username: session.username,
          now,
          expires: session.expires_at,
        },
      },
      ...auditStatement(audit),
    ]);
  }

  async sessionAccount(tokenHash: string, now: Date = new Date()): Promise<Account | null> {
    const [row] = await this.read(
      `SELECT a.* FROM sessions s JOIN accounts a USING (username)
       WHERE s.token_hash = $token AND s.expires_at > $now`,
      { token: tokenHash, now: now.toISOString() },
    );
    return row ? toAccount(row) : null;
  }

  async deleteSession(tokenHash: string, audit?: NewAuditEntry): Promise<void> {
    await this.write([
      { sql: 'DELETE FROM sessions WHERE token_hash = $token', params: { token: tokenHash } },
      ...auditStatement(audit),
    ]);
  }

  async addSubmission(submission: Submission, audit?: NewAuditEntry): Promise<void> {
    await this.write([
      {
        sql: `INSERT INTO submissions VALUES ($id, $council, $by, $at, $file, $format, $status,
              $report, $note, NULL, NULL)`,
        params: {
          id: submission.id,
          council: submission.council_id,
          by: submission.submitted_by,
          at: submission.submitted_at,
          file: submission.file_name,
          format: submission.format,
          status: submission.status,
          report: submission.report === null ? null : JSON.stringify(submission.report),
          note: submission.note,
        },
      },
      ...auditStatement(audit),
    ]);
  }

  async getSubmission(id: string): Promise<Submission | null> {
    const [row] = await this.read('SELECT * FROM submissions WHERE id = $id', { id });
    return row ? toSubmission(row) : null;
  }

  async listSubmissions(filter: { councilId?: string } = {}): Promise<Submission[]> {
    const rows =
      filter.councilId === undefined
        ? await this.read('SELECT * FROM submissions ORDER BY submitted_at DESC, id DESC')
        : await this.read(
            'SELECT * FROM submissions WHERE council_id = $council ORDER BY submitted_at DESC, id DESC',
            { council: filter.councilId },
          );
    return rows.map(toSubmission);
  }

  async decideSubmission(
    id: string,
    decision: { status: 'accepted' | 'returned'; note: string | null; by: string },
    audit?: NewAuditEntry,
  ): Promise<Submission | null> {
    const existing = await this.getSubmission(id);
    if (!existing) return null;
    if (existing.status === 'refused')
      throw new StateError(
        `Submission ${id} was refused by the check, so there is nothing to decide.`,
      );
    await this.write(
      [
        {
          // Only a submission still in the state it was read in: two admins deciding at once
          // cannot both win.
          sql: `UPDATE submissions SET status = $status, note = $note, decided_by = $by, decided_at = $at
                WHERE id = $id AND status = $was`,
          params: {
            id,
            status: decision.status,
            note: decision.note,
            by: decision.by,
            at: new Date().toISOString(),
            was: existing.status,
          },
        },
        ...auditStatement(audit),
      ],
      (changed) => {
        if (changed[0] !== 1)
          throw new StateError(`Submission ${id} was changed by someone else; look at it again.`);
      },
    );
    return this.getSubmission(id);
  }

  async latestAccepted(): Promise<Submission[]> {
    const rows = await this.read(
      `SELECT * FROM submissions WHERE status = 'accepted'
       QUALIFY row_number() OVER (PARTITION BY council_id ORDER BY submitted_at DESC, id DESC) = 1
       ORDER BY council_id`,
    );
    return rows.map(toSubmission);
  }

  async addVersion(version: DatasetVersion, audit?: NewAuditEntry): Promise<void> {
    await this.write([
      {
        sql: `INSERT INTO dataset_versions VALUES ($version, $number, $at, $by, $rows, $ids)`,
        params: {
          version: version.version,
          number: Number(version.version.replace(/^v/, '')) || 0,
          at: version.published_at,
          by: version.published_by,
          rows: JSON.stringify(version.rows),
          ids: version.submission_ids.length === 0 ? null : [...version.submission_ids],
        },
      },
      ...auditStatement(audit),
    ]);
  }

  async listVersions(): Promise<DatasetVersion[]> {
    return (await this.read('SELECT * FROM dataset_versions ORDER BY number DESC')).map(toVersion);
  }

  async removeVersion(version: string): Promise<void> {
    await this.write([
      { sql: 'DELETE FROM dataset_versions WHERE version = $version', params: { version } },
    ]);
  }

  nextVersionNumber(): Promise<number> {
    // The counter only grows, so a removed version's number is never given to another dataset;
    // the increment and its read are one transaction, so two publications get two numbers.
    return this.exclusive(async (connection) => {
      await connection.run('BEGIN TRANSACTION');
      try {
        await connection.run(
          `INSERT INTO version_counter SELECT coalesce(max(number), 0) FROM dataset_versions
           WHERE NOT EXISTS (SELECT 1 FROM version_counter)`,
        );
        await connection.run('UPDATE version_counter SET last = last + 1');
        const reader = await connection.runAndReadAll(
          'SELECT max(last) AS last FROM version_counter',
        );
        await connection.run('COMMIT');
        return Number(reader.getRowObjectsJson()[0]?.last ?? 1);
      } catch (error) {
        await connection.run('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  async recordAudit(entry: NewAuditEntry): Promise<void> {
    await this.write(auditStatement(entry));
  }

  async listAudit(limit = 500): Promise<AuditEntry[]> {
    const rows = await this.read(
      'SELECT "at", username, action, detail FROM audit ORDER BY seq DESC LIMIT CAST($limit AS INTEGER)',
      { limit: Math.max(1, Math.min(10_000, Math.floor(limit))) },
    );
    return rows.map((row) => ({
      at: String(row.at),
      user: text(row.username),
      action: String(row.action),
      detail: String(row.detail),
    }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue;
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.release();
  }
}

/**
 * Opens the state in `dir` (created on first use).
 *
 *     const state = openState('data/state');
 *     await state.listAccounts(); // [{ username: 'admin', role: 'admin', council_id: null, ... }]
 *     await state.close();
 */
export function openState(dir: string, options: OpenStateOptions = {}): DuckDbStateStore {
  return new DuckDbStateStore(dir, options);
}
