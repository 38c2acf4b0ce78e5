import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * PostgreSQL only: `onewindow_append_audit(records json)` appends a transaction's audit records
 * after the chain's head — locked here, so it is held from this statement to the COMMIT sent right
 * behind it — numbering and hashing them as the application does (audit.domain.ts: sha256 of the
 * previous hash, a newline and `[seq` followed by the record's `tail`). The application sends it
 * without waiting for its answer (write-behind), so appending costs no round trip of its own.
 * SQLite needs no function: its writer runs one transaction at a time.
 *
 * `records`: a JSON array of objects with the columns of audit_events but seq, prev_hash and
 * hash, and `tail`, the hashed content after the sequence number.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create function onewindow_append_audit(records json) returns bigint
    language plpgsql as $$
    declare
      head_seq bigint;
      head_hash text;
      record json;
      record_hash text;
    begin
      select last_seq, last_hash into head_seq, head_hash from audit_head where id = 1 for update;
      for record in select value from json_array_elements(records) loop
        head_seq := head_seq + 1;
        record_hash := encode(sha256(convert_to(head_hash || E'\\n' || '[' || head_seq::text || (record->>'tail'), 'UTF8')), 'hex');
        insert into audit_events (seq, id, at, actor_id, actor_name, action, entity_type, entity_id, center_id, before_json, after_json, request_id, prev_hash, hash)
        values (head_seq, record->>'id', record->>'at', record->>'actor_id', record->>'actor_name', record->>'action', record->>'entity_type',
                record->>'entity_id', record->>'center_id', record->>'before_json', record->>'after_json', record->>'request_id', head_hash, record_hash);
        head_hash := record_hash;
      end loop;
      update audit_head set last_seq = head_seq, last_hash = head_hash where id = 1;
      return head_seq;
    end
    $$`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
