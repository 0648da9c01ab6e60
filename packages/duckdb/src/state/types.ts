/**
 * What the state of accounts, sessions, submissions, dataset versions and the audit log holds,
 * and the small interface a store implements. The DuckDB file of `openState` is one store; a
 * server database can implement the same interface later without the callers changing.
 */
export const roles = ['steward', 'admin', 'analyst'] as const;
export type Role = (typeof roles)[number];

export interface Account {
  readonly username: string;
  readonly role: Role;
  /** The council a steward submits for; null for admins and analysts. */
  readonly council_id: string | null;
  readonly created_at: string;
}

export interface StoredAccount extends Account {
  /** `scrypt$N$r$p$salt$hash` (see `hashPassword`). */
  readonly password_hash: string;
}

export const submissionStatuses = ['checked', 'refused', 'accepted', 'returned'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

export interface Submission {
  readonly id: string;
  readonly council_id: string;
  readonly submitted_by: string;
  readonly submitted_at: string;
  /** The file's name as the steward's browser sent it (its last path segment only). */
  readonly file_name: string;
  readonly format: 'xlsx' | 'zip';
  readonly status: SubmissionStatus;
  /** report.json of the check (no PII), or null when the file was refused before the check. */
  readonly report: unknown;
  /** The refusal sentence of a refused submission, or the admin's note of a returned one. */
  readonly note: string | null;
  readonly decided_by: string | null;
  readonly decided_at: string | null;
}

export interface DatasetVersion {
  /** `v1`, `v2`, ...: the name of its folder under the state's `datasets/`. */
  readonly version: string;
  readonly published_at: string;
  readonly published_by: string;
  /** Row count per table, from the version's manifest. */
  readonly rows: Readonly<Record<string, number>>;
  /** The accepted submissions it was built from. */
  readonly submission_ids: readonly string[];
}

export interface AuditEntry {
  readonly at: string;
  /** Who did it (a username), or null for an anonymous attempt. */
  readonly user: string | null;
  readonly action: string;
  /** What it was about, without any personal data (no password, no NIK). */
  readonly detail: string;
}

/** An audit entry to write; `at` defaults to now. */
export type NewAuditEntry = Omit<AuditEntry, 'at'> & { readonly at?: string };

/**
 * Every operation on the state. Writes are atomic: each call is one transaction, and the audit
 * entry a call takes is written in that same transaction, so an action is never recorded
 * without happening or the other way round.
 */
export interface StateStore {
  /** Adds an account; a taken username throws `StateError`. */
  addAccount(account: Omit<StoredAccount, 'created_at'>, audit?: NewAuditEntry): Promise<Account>;
  findAccount(username: string): Promise<StoredAccount | null>;
  listAccounts(): Promise<Account[]>;
  /** Removes an account and its sessions; false when there was none. */
  removeAccount(username: string, audit?: NewAuditEntry): Promise<boolean>;

  /** Stores a session by the SHA-256 of its token (the token itself is never stored). */
  createSession(
    session: { token_hash: string; username: string; expires_at: string },
    audit?: NewAuditEntry,
  ): Promise<void>;
  /** The account of a live session, or null (unknown, expired, or its account removed). */
  sessionAccount(tokenHash: string, now?: Date): Promise<Account | null>;
  deleteSession(tokenHash: string, audit?: NewAuditEntry): Promise<void>;

  addSubmission(submission: Submission, audit?: NewAuditEntry): Promise<void>;
  getSubmission(id: string): Promise<Submission | null>;
  /** Newest first; with `councilId`, only that council's. */
  listSubmissions(filter?: { councilId?: string }): Promise<Submission[]>;
  /** Accepts or returns a checked submission; null when there is no such submission. */
  decideSubmission(
    id: string,
    decision: { status: 'accepted' | 'returned'; note: string | null; by: string },
    audit?: NewAuditEntry,
  ): Promise<Submission | null>;
  /** The latest accepted submission of every council. */
  latestAccepted(): Promise<Submission[]>;

  addVersion(version: DatasetVersion, audit?: NewAuditEntry): Promise<void>;
  /** Newest first. */
  listVersions(): Promise<DatasetVersion[]>;
  removeVersion(version: string): Promise<void>;
  /** The number the next version takes (one more than any version ever published). */
  nextVersionNumber(): Promise<number>;

  recordAudit(entry: NewAuditEntry): Promise<void>;
  /** Newest first, at most `limit` (default 500). */
  listAudit(limit?: number): Promise<AuditEntry[]>;

  close(): Promise<void>;
}
