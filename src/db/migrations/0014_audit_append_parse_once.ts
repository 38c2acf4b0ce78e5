import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * PostgreSQL only: `onewindow_append_audit(records json)` (migration 0011) reads its records
 * with `json_to_recordset`, which parses the JSON once, instead of `record->>'field'`, which
 * parses a record's text again for each of its twelve fields (a `json` value is kept as text).
 * The audit record of a case transition carries its content twice (the columns and the hashed
 * `tail`), so that parsing was about 7 % of PostgreSQL's CPU in a transition, now about 2 %
 * (bench/README.md, round 7). Same signature; records taken in the array's order, numbered and
 * hashed as before (audit.domain.ts). The body restates 0011's around the new loop: a migration
 * keeps the function as it was at its time, so it shares no text with a later one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create or replace function onewindow_append_audit(records json) returns bigint
    language plpgsql as $$
    declare
      head_seq bigint;
      head_hash text;
      r record;
      record_hash text;
    begin
      select last_seq, last_hash into head_seq, head_hash from audit_head where id = 1 for update;
      for r in
        select * from json_to_recordset(records) as x(
          id text, at text, actor_id text, actor_name text, action text, entity_type text, entity_id text,
          center_id text, before_json text, after_json text, request_id text, tail text)
      loop
        head_seq := head_seq + 1;
        record_hash := encode(sha256(convert_to(head_hash || E'\\n' || '[' || head_seq::text || r.tail, 'UTF8')), 'hex');
        insert into audit_events (seq, id, at, actor_id, actor_name, action, entity_type, entity_id, center_id, before_json, after_json, request_id, prev_hash, hash)
        values (head_seq, r.id, r.at, r.actor_id, r.actor_name, r.action, r.entity_type, r.entity_id, r.center_id, r.before_json, r.after_json, r.request_id, head_hash, record_hash);
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
